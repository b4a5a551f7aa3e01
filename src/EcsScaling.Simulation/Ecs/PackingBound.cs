using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

/// <summary>
/// The fewest instances that can hold a set of reservations: no placement does better than the larger of
/// ceil(CPU ÷ CPU per instance) and ceil(memory ÷ memory per instance). Daemon tasks take their share of every
/// instance, so the room per instance is the instance less the daemons. With the task sizes known the bound is
/// tighter and still valid: the tasks on one instance add up to at most the largest sum of those sizes that fits
/// its room (1,984 CPU units hold seven 256-unit tasks, 1,792 units, never 1,984).
/// </summary>
public static class PackingBound
{
    public static int Instances(Resources total, Resources room)
    {
        if (total.Cpu <= 0 && total.MemoryMiB <= 0)
        {
            return 0;
        }

        if (room.Cpu <= 0 || room.MemoryMiB <= 0)
        {
            throw new ArgumentException($"an instance with room {room} holds no task");
        }

        return Math.Max(Ceiling(total.Cpu, room.Cpu), Ceiling(total.MemoryMiB, room.MemoryMiB));
    }

    /// <summary>The bound for tasks of the given sizes: each dimension's room is what those sizes can fill of it.</summary>
    public static int Instances(Resources total, Resources room, IReadOnlyCollection<Resources> sizes) =>
        total.Cpu <= 0 && total.MemoryMiB <= 0
            ? 0
            : Instances(total, new Resources(Fillable(room.Cpu, sizes.Select(s => s.Cpu)), Fillable(room.MemoryMiB, sizes.Select(s => s.MemoryMiB))));

    /// <summary>The bound for the EC2 replica services of a cluster at the given desired counts.</summary>
    public static int Instances(SimCluster cluster, Resources instanceCapacity, Func<SimService, int> desired)
    {
        var services = cluster.Services.Values;
        var daemons = services.Where(s => s.IsDaemon).Aggregate(Resources.Zero, (sum, s) => sum + s.Definition.Reserved);
        var wanted = services.Where(s => !s.IsDaemon && !s.IsFargate).Select(s => (s.Definition.Reserved, Count: desired(s))).Where(s => s.Count > 0).ToList();
        var total = wanted.Aggregate(Resources.Zero, (sum, s) => sum + Times(s.Reserved, s.Count));
        return Instances(total, instanceCapacity - daemons, [.. wanted.Select(s => s.Reserved)]);
    }

    public static Resources Times(Resources each, int count) => new(each.Cpu * count, each.MemoryMiB * count);

    /// <summary>The largest sum of the sizes (each any number of times) that is at most <paramref name="room"/>; sizes of 0 add nothing.</summary>
    internal static int Fillable(int room, IEnumerable<int> sizes)
    {
        var steps = sizes.Where(s => s > 0 && s <= room).Distinct().ToArray();
        if (steps.Length == 0)
        {
            return room;
        }

        var reachable = new bool[room + 1];
        reachable[0] = true;
        for (var sum = 1; sum <= room; sum++)
        {
            reachable[sum] = steps.Any(step => step <= sum && reachable[sum - step]);
        }

        return Array.LastIndexOf(reachable, true);
    }

    private static int Ceiling(long total, long each) => (int)((total + each - 1) / each);
}
