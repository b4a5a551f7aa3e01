using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

/// <summary>
/// The fewest instances that can hold a set of reservations: no placement does better than the larger of
/// ceil(CPU ÷ CPU per instance) and ceil(memory ÷ memory per instance). Daemon tasks take their share of every
/// instance, so the room per instance is the instance less the daemons.
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

    /// <summary>The bound for the EC2 replica services of a cluster at the given desired counts.</summary>
    public static int Instances(SimCluster cluster, Resources instanceCapacity, Func<SimService, int> desired)
    {
        var services = cluster.Services.Values;
        var daemons = services.Where(s => s.IsDaemon).Aggregate(Resources.Zero, (sum, s) => sum + s.Definition.Reserved);
        var total = services.Where(s => !s.IsDaemon && !s.IsFargate).Aggregate(Resources.Zero, (sum, s) => sum + Times(s.Definition.Reserved, desired(s)));
        return Instances(total, instanceCapacity - daemons);
    }

    public static Resources Times(Resources each, int count) => new(each.Cpu * count, each.MemoryMiB * count);

    private static int Ceiling(long total, long each) => (int)((total + each - 1) / each);
}
