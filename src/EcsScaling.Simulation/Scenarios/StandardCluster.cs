using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>
/// The cluster most scenarios start from: one Auto Scaling group over three AZs with a
/// terminate lifecycle hook, three replica services (two behind target groups) and a daemon.
/// </summary>
public static class StandardCluster
{
    public const string Cluster = "prod";
    public const string Group = "prod-asg";
    public const string DrainHook = "ecs-scaling-drain";
    public const string ImbalanceAlarm = "prod-task-imbalance";
    public const string LoadAlarm = "prod-cpu-reservation-high";

    public static readonly string[] Zones = ["us-east-1a", "us-east-1b", "us-east-1c"];

    /// <param name="webPerInstance">
    /// web tasks per instance: with one, every service has fewer tasks than a scale-out leaves
    /// instances, so the placement stays what each strategy asks and there is nothing to rebalance.
    /// </param>
    public static void Build(Simulator sim, int instances = 6, TimeSpan? deregistrationDelay = null, int webPerInstance = 1)
    {
        var cluster = sim.Ecs.CreateCluster(Cluster);
        sim.AutoScaling.CreateGroup(Group, cluster, instances, new Resources(2048, 4096), Zones,
            new GroupSpec { MinSize = 1, MaxSize = instances * 3, InstanceAttributes = new Dictionary<string, string?> { ["tier"] = "general" } });

        // Heartbeat 600 s and default CONTINUE: an unanswered hook lets the instance go after ten minutes.
        sim.AutoScaling.PutLifecycleHook(Group, DrainHook, LifecycleTransition.Terminating, TimeSpan.FromSeconds(600), LifecycleResult.Continue, $"{{\"cluster\":\"{Cluster}\"}}");

        var delay = deregistrationDelay ?? TimeSpan.FromSeconds(300);
        var web = sim.LoadBalancing.CreateTargetGroup("web", "instance", delay);
        var api = sim.LoadBalancing.CreateTargetGroup("api", "ip", delay);
        sim.Ecs.CreateService(cluster, "web", sim.Ecs.RegisterTaskDefinition("web", 256, 512), instances * webPerInstance, new ServiceSpec { TargetGroupArns = [web.Arn] });
        sim.Ecs.CreateService(cluster, "api", sim.Ecs.RegisterTaskDefinition("api", 512, 1024, "awsvpc", 9000), instances / 2,
            new ServiceSpec { TargetGroupArns = [api.Arn], MinimumHealthyPercent = 50, MaximumPercent = 200 });
        sim.Ecs.CreateService(cluster, "worker", sim.Ecs.RegisterTaskDefinition("worker", 256, 256), instances,
            new ServiceSpec { PlacementStrategies = [new("spread", "attribute:ecs.availability-zone"), new("binpack", "memory")] });
        sim.Ecs.CreateService(cluster, "log-agent", sim.Ecs.RegisterTaskDefinition("log-agent", 64, 64), 0, new ServiceSpec { Daemon = true });

        MetricDimension[] dimensions = [new("ClusterName", Cluster)];
        sim.CloudWatch.PutMetricAlarm(ImbalanceAlarm, ScenarioMetrics.Namespace, MetricNames.ImbalanceScore, dimensions, "GreaterThanThreshold", new RebalanceOptions().TargetScore);
        sim.CloudWatch.PutMetricAlarm(LoadAlarm, "AWS/ECS", "CPUReservation", dimensions, "GreaterThanThreshold", 75);

        // Empty, but the packaged policy document (policies/policies.json) manages its scaling policies.
        sim.AutoScaling.CreateGroup(PolicyGroup, cluster, 0, new Resources(2048, 4096), Zones, new GroupSpec { MinSize = 0, MaxSize = 3 });
    }

    /// <summary>Instances after <see cref="BuildScaledOut"/>.</summary>
    public const int ScaledOutInstances = 9;

    /// <summary>The group the packaged policy document (policies/policies.json) manages besides ours; part of every standard cluster.</summary>
    public const string PolicyGroup = "prod-ecs-asg";

    /// <summary>Web tasks per instance in the demo clusters: enough that new instances leave them uneven.</summary>
    public const int DemoWebPerInstance = 3;

    /// <summary>
    /// The ops demo cluster: the standard cluster (three web tasks per instance) after a scale-out
    /// 6 → 9, so three instances are empty and web is uneven in every zone (a rebalance has work)
    /// and every task is old enough to be moved.
    /// </summary>
    public static Simulator BuildScaledOut(int seed)
    {
        var sim = new Simulator(seed);
        Build(sim, webPerInstance: DemoWebPerInstance);
        AllowHalfDown(sim, "web");
        sim.Clock.Advance(TimeSpan.FromMinutes(2));
        sim.AutoScaling.SetDesiredCapacity(Group, ScaledOutInstances);
        sim.Clock.Advance(TimeSpan.FromMinutes(30));
        return sim;
    }

    /// <summary>
    /// minimumHealthyPercent 50 for the named services: at 100 % no task of a full service may
    /// stop, so a rebalance could not move it (only drain its instance).
    /// </summary>
    public static void AllowHalfDown(Simulator sim, params string[] services)
    {
        foreach (var name in services)
        {
            sim.Ecs.Clusters[Cluster].Services[name].MinimumHealthyPercent = 50;
        }
    }

    /// <summary>An instance that is InService and not protected, chosen deterministically.</summary>
    public static string SomeInServiceInstance(Simulator sim) =>
        sim.AutoScaling.Groups[Group].Instances.Values.First(i => i.LifecycleState == LifecycleStates.InService).InstanceId;
}
