using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using FsCheck;
using FsCheck.Fluent;

namespace EcsScaling.Core.Tests.Rebalance;

public sealed record InstanceSpec(int Zone, int Cpu, int StatusRoll, bool Old);

/// <summary>Rolls are 0–99: a task's decides protected/young/pending, a service's decides daemon/deploying/opted-out.</summary>
public sealed record ServiceSpec(int Strategy, int MinHealthy, int MaxPercent, int FlagRoll, int TaskCpu, int[] Placements, int[] TaskRolls);

public sealed record ClusterSpec(InstanceSpec[] Instances, ServiceSpec[] Services, int MaxPerWave, int MaxPerService, int MaxPerInstance, double Target)
{
    public override string ToString() =>
        $"{Instances.Length} instances, {Services.Length} services (strategies {string.Join(",", Services.Select(s => s.Strategy))}), caps {MaxPerWave}/{MaxPerService}/{MaxPerInstance}, target {Target}";
}

/// <summary>A cluster built from a spec, with what the planner needs and what the properties check against.</summary>
internal sealed record GeneratedCluster(ClusterSnapshot Snapshot, HashSet<string> Protected, RebalanceOptions Options)
{
    private static readonly PlacementStrategy[][] Strategies =
    [
        [], [ClusterBuilder.SpreadZone], [ClusterBuilder.SpreadInstance], [ClusterBuilder.SpreadZone, ClusterBuilder.SpreadInstance],
        [ClusterBuilder.SpreadInstance, ClusterBuilder.SpreadZone], [new PlacementStrategy("binpack", "cpu")], [new PlacementStrategy("random", null)],
        [ClusterBuilder.SpreadZone, new PlacementStrategy("binpack", "memory")], [new PlacementStrategy("binpack", "memory")],
    ];

    public static GeneratedCluster From(ClusterSpec spec)
    {
        var cluster = new ClusterBuilder();
        for (var i = 0; i < spec.Instances.Length; i++)
        {
            var s = spec.Instances[i];
            var status = s.StatusRoll < 8 ? ContainerInstanceStatus.Draining : ContainerInstanceStatus.Active;
            cluster.Instance($"i-{i:D2}", $"us-east-1{(char)('a' + s.Zone)}", s.Cpu, status);
        }

        var old = spec.Instances.Select((s, i) => (s, i)).Where(p => p.s.Old).Select(p => p.i).DefaultIfEmpty(0).ToArray();
        var protectedTasks = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < spec.Services.Length; n++)
        {
            var s = spec.Services[n];
            var service = Fakes.Build.Service($"svc{n}", s.Placements.Length, s.MinHealthy, s.MaxPercent) with
            {
                PlacementStrategies = Strategies[s.Strategy % Strategies.Length],
                PlacementConstraints = s.Strategy == Strategies.Length ? [new PlacementConstraint("distinctInstance", null)] : [],
                SchedulingStrategy = s.FlagRoll < 8 ? SchedulingStrategy.Daemon : SchedulingStrategy.Replica,
                ActiveDeployments = s.FlagRoll is >= 8 and < 16 ? 2 : 1,
                Tags = s.FlagRoll is >= 16 and < 24 ? new Dictionary<string, string> { [RebalanceOptions.OptOutTagKey] = "off" } : new Dictionary<string, string>(),
            };
            cluster.Service(service);
            for (var t = 0; t < s.Placements.Length; t++)
            {
                var roll = s.Placements[t];
                var target = cluster.Instances[roll < 80 ? old[roll % old.Length] : roll % spec.Instances.Length];
                if (!target.Remaining.Fits(new Resources(s.TaskCpu, 256)))
                {
                    continue;
                }

                var taskRoll = s.TaskRolls[t];
                var task = cluster.Task(service.Name, target.Ec2InstanceId, s.TaskCpu,
                    taskRoll is >= 16 and < 22 ? EcsTaskStatus.Pending : EcsTaskStatus.Running,
                    taskRoll is >= 8 and < 16 ? TimeSpan.FromMinutes(3) : TimeSpan.FromHours(2));
                if (taskRoll < 8)
                {
                    protectedTasks.Add(task.Arn);
                }
            }
        }

        var options = new RebalanceOptions
        {
            MaxTasksPerWave = spec.MaxPerWave, MaxTasksPerServicePerWave = spec.MaxPerService, MaxTasksPerInstancePerWave = spec.MaxPerInstance,
            TargetScore = spec.Target, MinTaskAge = TimeSpan.FromMinutes(10),
        };
        return new GeneratedCluster(cluster.Snapshot(), protectedTasks, options);
    }
}

/// <summary>FsCheck generators: 2–12 instances in 1–3 zones, 1–6 services of every kind, tasks packed mostly on "old" instances.</summary>
public static class ClusterSpecs
{
    public static Arbitrary<ClusterSpec> Specs() => Spec.ToArbitrary();

    private static Gen<InstanceSpec> Instance =>
        from zone in Gen.Choose(0, 2)
        from cpu in Gen.Elements(2048, 4096)
        from status in Gen.Choose(0, 99)
        from old in Gen.Elements(true, true, false)
        select new InstanceSpec(zone, cpu, status, old);

    private static Gen<ServiceSpec> Service =>
        from strategy in Gen.Choose(0, 9)
        from minHealthy in Gen.Elements(0, 50, 100)
        from maxPercent in Gen.Elements(100, 150, 200)
        from flag in Gen.Choose(0, 99)
        from cpu in Gen.Elements(128, 256, 512)
        from count in Gen.Choose(1, 10)
        from placements in Gen.ArrayOf(Gen.Choose(0, 99), count)
        from rolls in Gen.ArrayOf(Gen.Choose(0, 99), count)
        select new ServiceSpec(strategy, minHealthy, maxPercent, flag, cpu, placements, rolls);

    private static Gen<ClusterSpec> Spec =>
        from instanceCount in Gen.Choose(2, 12)
        from instances in Gen.ArrayOf(Instance, instanceCount)
        from serviceCount in Gen.Choose(1, 6)
        from services in Gen.ArrayOf(Service, serviceCount)
        from perWave in Gen.Choose(1, 30)
        from perService in Gen.Choose(1, 5)
        from perInstance in Gen.Choose(1, 5)
        from target in Gen.Elements(0.0, 0.05, 0.2)
        select new ClusterSpec(instances, services, perWave, perService, perInstance, target);
}
