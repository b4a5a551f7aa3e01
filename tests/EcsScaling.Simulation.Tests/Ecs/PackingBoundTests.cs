using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Tests.Ecs;

public class PackingBoundTests
{
    [Fact]
    public void The_bound_is_the_larger_of_the_cpu_and_memory_ceilings() =>
        Assert.Equal((3, 4, 0), (
            PackingBound.Instances(new Resources(5000, 1000), new Resources(2048, 4096)),
            PackingBound.Instances(new Resources(100, 16000), new Resources(2048, 4096)),
            PackingBound.Instances(Resources.Zero, new Resources(2048, 4096))));

    [Fact]
    public void Daemons_take_their_share_of_every_instance_and_Fargate_tasks_need_none()
    {
        var sim = TestSim.Create();
        var cluster = sim.Ecs.CreateCluster("prod");
        TestSim.Service(sim, cluster, "web", desired: 0, cpu: 512, memory: 1024);
        TestSim.Service(sim, cluster, "agent", desired: 0, new ServiceSpec { Daemon = true }, cpu: 24, memory: 48);
        TestSim.Service(sim, cluster, "checkout", desired: 0, new ServiceSpec { Fargate = true });

        // 4 × 512 = 2048 CPU does not fit 2048 − 24 per instance.
        Assert.Equal(2, PackingBound.Instances(cluster, new Resources(2048, 4096), s => s.IsDaemon ? 0 : 4));
    }

    [Fact]
    public void With_the_task_sizes_known_an_instance_holds_only_what_those_sizes_can_fill()
    {
        // 1,984 CPU units hold seven 256-unit tasks (1,792), so 15 of them need three instances, not two.
        Assert.Equal(2, PackingBound.Instances(PackingBound.Times(new Resources(256, 512), 15), new Resources(1984, 4032)));
        Assert.Equal(3, PackingBound.Instances(PackingBound.Times(new Resources(256, 512), 15), new Resources(1984, 4032), [new Resources(256, 512)]));
        Assert.Equal((1792, 1984, 1984), (PackingBound.Fillable(1984, [256, 512]), PackingBound.Fillable(1984, [256, 248]), PackingBound.Fillable(1984, [3000])));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_bound_never_exceeds_an_actual_packing(int seed)
    {
        var random = new Random(seed);
        var room = new Resources(1984, 4032);
        for (var trial = 0; trial < 200; trial++)
        {
            Resources[] sizes = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => new Resources(128 * random.Next(1, 9), 256 * random.Next(1, 9)))];
            var tasks = sizes.SelectMany(size => Enumerable.Repeat(size, random.Next(0, 30))).ToList();
            var total = tasks.Aggregate(Resources.Zero, (sum, t) => sum + t);
            var bound = PackingBound.Instances(total, room, sizes);

            Assert.InRange(bound, PackingBound.Instances(total, room), FirstFitDecreasing(tasks, room));
        }
    }

    /// <summary>A real placement: each task, largest first, on the first instance with room for it.</summary>
    private static int FirstFitDecreasing(List<Resources> tasks, Resources room)
    {
        var free = new List<Resources>();
        foreach (var task in tasks.OrderByDescending(t => Math.Max(t.Cpu / (double)room.Cpu, t.MemoryMiB / (double)room.MemoryMiB)))
        {
            var at = free.FindIndex(f => f.Cpu >= task.Cpu && f.MemoryMiB >= task.MemoryMiB);
            if (at < 0)
            {
                free.Add(room);
                at = free.Count - 1;
            }

            free[at] = free[at] - task;
        }

        return free.Count;
    }
}
