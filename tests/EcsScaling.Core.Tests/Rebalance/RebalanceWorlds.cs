using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using static EcsScaling.Core.Tests.Rebalance.ClusterBuilder;

namespace EcsScaling.Core.Tests.Rebalance;

/// <summary>The clusters and settings several rebalance tests plan over, each described once.</summary>
internal static class RebalanceWorlds
{
    /// <summary>A target of 0 and caps no test reaches unless it lowers them: the plan shows everything the planner would do.</summary>
    public static readonly RebalanceOptions UncappedOptions = new() { TargetScore = 0, MaxTasksPerWave = 50, MaxTasksPerServicePerWave = 10, MaxTasksPerInstancePerWave = 10 };

    public static readonly IReadOnlySet<string> NoneProtected = new HashSet<string>();

    public static readonly PlacementStrategy BinpackMemory = new("binpack", "memory");

    /// <summary>web (8 tasks) packed on two old instances after a scale-out, beside two new empty ones.</summary>
    public static ClusterBuilder AfterScaleOut(params PlacementStrategy[] strategies) => AfterScaleOut(50, 200, strategies);

    /// <inheritdoc cref="AfterScaleOut(PlacementStrategy[])"/>
    public static ClusterBuilder AfterScaleOut(int minHealthy, int maxPercent, params PlacementStrategy[] strategies)
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-old1");
        cluster.Instance("i-old2");
        cluster.Instance("i-new1");
        cluster.Instance("i-new2");
        cluster.Service("web", 8, minHealthy, maxPercent, strategies);
        cluster.Tasks("web", "i-old1", 4);
        cluster.Tasks("web", "i-old2", 4);
        return cluster;
    }

    /// <summary>web (4 tasks, spread by instance) all on i-old1, beside <paramref name="newInstances"/> empty instances i-new1, i-new2, ….</summary>
    public static ClusterBuilder PackedOnOne(int newInstances, int minHealthy, int maxPercent = 200)
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-old1");
        for (var i = 1; i <= newInstances; i++)
        {
            cluster.Instance($"i-new{i}");
        }

        cluster.Service("web", 4, minHealthy, maxPercent, SpreadInstance);
        cluster.Tasks("web", "i-old1", 4);
        return cluster;
    }

    /// <summary>i-full holds web (a spread service) and four worker tasks; i-light only two worker tasks, which consolidation moves to free it; i-spare is empty.</summary>
    public static ClusterBuilder Consolidatable(params PlacementStrategy[] workerStrategies)
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-full");
        cluster.Instance("i-light");
        cluster.Instance("i-spare");
        cluster.Service("web", 1, 0, 200, SpreadInstance);
        cluster.Service("worker", 6, 50, 200, workerStrategies.Length > 0 ? workerStrategies : [BinpackMemory]);
        cluster.Task("web", "i-full");
        cluster.Tasks("worker", "i-full", 4, cpu: 256);
        cluster.Tasks("worker", "i-light", 2, cpu: 256);
        return cluster;
    }

    /// <summary>
    /// A seeded cluster just after a scale-out, like the P3 bench's but with mixed task sizes: spread
    /// services crowded on the old instances, binpack services (by memory, by CPU, within zones)
    /// with one task each on a small pool of instances that consolidation can free.
    /// </summary>
    public static ClusterBuilder SeededScaleOut(int seed, int instanceCount)
    {
        var random = new Random(seed);
        var cluster = new ClusterBuilder();
        for (var i = 0; i < instanceCount; i++)
        {
            cluster.Instance($"i-{i:D3}", $"us-east-1{(char)('a' + (i % 3))}", random.Next(2, 5) * 1024);
        }

        var old = instanceCount * 4 / 5;
        var pool = Math.Max(2, instanceCount / 15);
        PlacementStrategy[][] strategies = [[SpreadZone, SpreadInstance], [SpreadInstance], [], [BinpackMemory], [new("binpack", "cpu")], [SpreadZone, BinpackMemory]];
        for (var s = 0; s < instanceCount / 2; s++)
        {
            var strategy = strategies[random.Next(strategies.Length)];
            var tasks = random.Next(2, 9);
            var service = cluster.Service($"svc{s}", tasks, 50, 200, strategy);
            var cpu = 64 * random.Next(1, 5);
            for (var t = 0; t < tasks; t++)
            {
                var index = strategy is [{ Type: "binpack" }] or [_, { Type: "binpack" }] && t == 0 ? old - pool + random.Next(pool) : random.Next(old - pool);
                if (cluster.Instances[index].Remaining.Fits(new Resources(cpu, 256)))
                {
                    cluster.Task(service.Name, cluster.Instances[index].Ec2InstanceId, cpu);
                }
            }
        }

        return cluster;
    }
}
