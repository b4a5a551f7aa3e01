using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Load;

namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>
/// The cluster of scenario `diurnal`, built the same for ours and for ECS alone: an Auto Scaling group
/// over three AZs; web (spread, 100/200, behind a target group), api (spread by AZ then binpack, 50/200),
/// worker (binpack on memory, 100/200), a log-agent daemon, and checkout on Fargate in its own cluster.
/// Names follow the policy document policies/diurnal.json.
/// </summary>
public static class DayCluster
{
    public const string Cluster = "prod";
    public const string FargateCluster = "prod-fargate";
    public const string Group = "prod-ecs-asg";
    public const string DrainHook = "ecs-scaling-drain";
    public const string ImbalanceAlarm = "prod-task-imbalance";

    /// <summary>The alarm that switches the surge profile in: web's CPU far above target.</summary>
    public const string SurgeAlarm = "prod-web-cpu-surge";

    public const string CapacityProviderName = "prod-ecs-cp";

    public static readonly Resources InstanceCapacity = new(2048, 4096);

    public static readonly TimeSpan InstanceWarmup = TimeSpan.FromSeconds(60);

    public static IReadOnlyList<string> Services { get; } = ["web", "api", "worker", "checkout"];

    /// <summary>CPU units of work at load 1, per service, times <paramref name="scale"/>.</summary>
    public static IReadOnlyDictionary<string, ServiceDemand> Demands(double scale) => new Dictionary<string, ServiceDemand>(StringComparer.Ordinal)
    {
        ["web"] = new("web", 2400 * scale),
        ["api"] = new("api", 2400 * scale) { MemoryIdle = 0.45 },
        ["worker"] = new("worker", 1600 * scale) { MemoryPerCpu = 0.2 },
        ["checkout"] = new("checkout", 1200 * scale),
        ["log-agent"] = new("log-agent", 16) { FollowsLoad = false },
    };

    /// <summary>Builds both clusters; the group starts with enough instances for the services at <paramref name="startLoad"/>.</summary>
    public static SimGroup Build(Simulator sim, double scale, double startLoad)
    {
        var cluster = sim.Ecs.CreateCluster(Cluster);
        var fargate = sim.Ecs.CreateCluster(FargateCluster);
        var demands = Demands(scale);
        int Start(string service, int reservedCpu, double target) =>
            Math.Max(2, (int)Math.Ceiling(demands[service].CpuAtBaseLoad * startLoad / (reservedCpu * target)));

        var web = sim.LoadBalancing.CreateTargetGroup("web", "instance", TimeSpan.FromSeconds(60));
        var services = new (string Name, SimTaskDefinition Definition, int Desired, ServiceSpec Spec)[]
        {
            ("web", sim.Ecs.RegisterTaskDefinition("web", 256, 512), Start("web", 256, 0.6), new ServiceSpec { TargetGroupArns = [web.Arn] }),
            ("api", sim.Ecs.RegisterTaskDefinition("api", 512, 1024), Start("api", 512, 0.6),
                new ServiceSpec { MinimumHealthyPercent = 50, PlacementStrategies = [new("spread", "attribute:" + ContainerInstance.AvailabilityZoneAttribute), new("binpack", "memory")] }),
            ("worker", sim.Ecs.RegisterTaskDefinition("worker", 256, 512), Start("worker", 256, 0.7), new ServiceSpec { PlacementStrategies = [new("binpack", "memory")] }),
        };
        var needed = PackingBound.Instances(
            services.Aggregate(Resources.Zero, (sum, s) => sum + PackingBound.Times(s.Definition.Reserved, s.Desired)), InstanceCapacity - new Resources(64, 64));
        var group = sim.AutoScaling.CreateGroup(Group, cluster, needed + 1, InstanceCapacity, StandardCluster.Zones,
            new GroupSpec { MinSize = 2, MaxSize = (int)Math.Ceiling(120 * scale) });

        // DefaultInstanceWarmup: AWS advises "the amount of time that it takes for resource consumption to become stable after
        // an instance reaches the InService state" (ec2-auto-scaling-default-instance-warmup.html). A container instance takes
        // tasks once registered, which here is when it enters service, and the cluster metrics count it from then. ECS alone's
        // capacity provider overrides it on its own policy with managed scaling's instanceWarmupPeriod (default 300 s).
        group.DefaultInstanceWarmup = InstanceWarmup;
        sim.Ecs.CreateService(cluster, "log-agent", sim.Ecs.RegisterTaskDefinition("log-agent", 64, 64), 0, new ServiceSpec { Daemon = true });
        foreach (var (name, definition, desired, spec) in services)
        {
            sim.Ecs.WarmStart(sim.Ecs.CreateService(cluster, name, definition, desired, spec));
        }

        sim.Ecs.CreateService(fargate, "checkout", sim.Ecs.RegisterTaskDefinition("checkout", 512, 1024, "awsvpc"), Start("checkout", 512, 0.6), new ServiceSpec { Fargate = true });

        MetricDimension[] dimensions = [new("ClusterName", Cluster)];
        sim.CloudWatch.PutMetricAlarm(ImbalanceAlarm, ScenarioMetrics.Namespace, MetricNames.ImbalanceScore, dimensions, "GreaterThanThreshold", new RebalanceOptions().TargetScore, 3);
        sim.CloudWatch.PutMetricAlarm(SurgeAlarm, "AWS/ECS", "CPUUtilization", [.. dimensions, new("ServiceName", "web")], "GreaterThanThreshold", 90, 2);
        return group;
    }

    /// <summary>The cluster holding a service of the scenario.</summary>
    public static SimCluster ClusterOf(Simulator sim, string service) =>
        sim.Ecs.Clusters[service == "checkout" ? FargateCluster : Cluster];
}
