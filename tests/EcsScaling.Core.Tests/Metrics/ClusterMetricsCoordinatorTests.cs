using EcsScaling.Core.Metrics;
using EcsScaling.Core.Model;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.ScaleIn;
using EcsScaling.Core.ScaleOut;
using EcsScaling.Core.Tests.Fakes;
using EcsScaling.Core.Tests.Rebalance;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Core.Tests.Metrics;

public class ClusterMetricsCoordinatorTests
{
    private readonly CapturingTelemetry _telemetry = new();

    private static FakeEcs Cluster()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Instance("i-b");
        cluster.Service("web", 2);
        cluster.Tasks("web", "i-a", 2, cpu: 2048);
        var ecs = cluster.ToFake();
        // A Fargate service: counts come from DescribeServices, no instance needed.
        ecs.AddService(Fakes.Build.Service("fargate-api", 3) with { RunningCount = 2, PendingCount = 1 });
        return ecs;
    }

    [Fact]
    public async Task Publishes_the_imbalance_score_from_the_tasks_by_default()
    {
        var ecs = Cluster();
        var coordinator = new ClusterMetricsCoordinator(ecs, new ScaleOutRunner(new FakeAutoScaling(), _telemetry), new EmptyInstanceRunner(new FakeAutoScaling(), _telemetry), new ClusterMetricsOptions(), new FakeTimeProvider(ClusterBuilder.Now), _telemetry);

        await coordinator.PublishAsync(["prod"], dryRun: false, default);

        // Both web tasks on i-a, i-b empty: under the default spread one of the two is misplaced.
        Assert.Equal(0.5, _telemetry.Sum(MetricNames.ImbalanceScore), 9);
        Assert.Equal(1.0, _telemetry.Sum(MetricNames.CpuImbalance), 9);
        // i-a busy, i-b idle, nothing waiting (fargate-api's tasks are on no instance).
        Assert.Equal(50, _telemetry.Sum(MetricNames.CapacityReservation), 9);
        Assert.Equal(2, _telemetry.Metrics.Single(m => m.Name == MetricNames.ServiceInstanceSpread && m.Dimensions.Any(d => d.Value == "web")).Value);
    }

    [Fact]
    public async Task Without_reading_tasks_it_publishes_everything_but_the_imbalance_score_and_spread()
    {
        var ecs = Cluster();
        var coordinator = new ClusterMetricsCoordinator(ecs, new ScaleOutRunner(new FakeAutoScaling(), _telemetry), new EmptyInstanceRunner(new FakeAutoScaling(), _telemetry), new ClusterMetricsOptions(MeasureServiceSpread: false), new FakeTimeProvider(ClusterBuilder.Now), _telemetry);

        var result = await coordinator.PublishAsync(["prod"], dryRun: false, default);

        var report = Assert.Single(result.Clusters);
        Assert.Null(report.Error);
        Assert.Equal(2, report.ActiveInstances);
        Assert.Equal(0, ecs.Calls["ListTasks"]);
        Assert.DoesNotContain(_telemetry.Metrics, m => m.Name is MetricNames.ImbalanceScore or MetricNames.ServiceInstanceSpread or MetricNames.CapacityReservation);
        Assert.Equal(1.0, _telemetry.Sum(MetricNames.CpuImbalance), 9);
        Assert.Equal(1, _telemetry.Sum(MetricNames.EmptyInstances));
        var pending = _telemetry.Metrics.Single(m => m.Name == MetricNames.ServicePendingTasks && m.Dimensions.Any(d => d.Value == "fargate-api"));
        Assert.Equal(1, pending.Value);
        Assert.Contains(pending.Dimensions, d => d is { Name: "ClusterName", Value: "prod" });
        Assert.Equal(0, ecs.Calls.Mutating);
    }

    [Fact]
    public async Task One_failing_cluster_is_reported_and_the_others_still_published()
    {
        var ecs = Cluster();
        ecs.Calls.FailNext("ListContainerInstances", new AwsCallException("ecs", "ListContainerInstances", "ClusterNotFoundException", "Cluster not found.", "req-9", 400));
        var coordinator = new ClusterMetricsCoordinator(ecs, new ScaleOutRunner(new FakeAutoScaling(), _telemetry), new EmptyInstanceRunner(new FakeAutoScaling(), _telemetry), new ClusterMetricsOptions(), new FakeTimeProvider(ClusterBuilder.Now), _telemetry);

        var result = await coordinator.PublishAsync(["missing", "prod"], dryRun: false, default);

        Assert.Contains("ClusterNotFoundException", result.Clusters[0].Error, StringComparison.Ordinal);
        Assert.Null(result.Clusters[1].Error);
        Assert.Contains(_telemetry.Logs, l => l.Level == LogLevel.Error && Equals(l.Fields["cluster"], "missing"));
    }

    /// <summary>Cluster prod: one instance i-a of group asg (desired 1) full with two web tasks, and two more web tasks waiting.</summary>
    private static (FakeEcs Ecs, FakeAutoScaling AutoScaling) TwoTasksWaitingForGroupAsg()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a");
        cluster.Service("web", 4);
        cluster.Tasks("web", "i-a", 2, cpu: 2048);
        var autoScaling = new FakeAutoScaling();
        autoScaling.AddGroup("asg");
        autoScaling.Groups["asg"] = autoScaling.Groups["asg"] with { DesiredCapacity = 1 };
        autoScaling.AddInstance("i-a", "asg");
        return (cluster.ToFake(), autoScaling);
    }

    [Fact]
    public async Task A_cluster_with_a_scale_out_group_gets_its_waiting_tasks_launched_for_on_the_same_read()
    {
        var (ecs, autoScaling) = TwoTasksWaitingForGroupAsg();
        var options = new ClusterMetricsOptions { ScaleOutGroups = new Dictionary<string, string> { ["prod"] = "asg" } };
        var coordinator = new ClusterMetricsCoordinator(ecs, new ScaleOutRunner(autoScaling, _telemetry), new EmptyInstanceRunner(autoScaling, _telemetry), options, new FakeTimeProvider(ClusterBuilder.Now), _telemetry);

        var report = Assert.Single((await coordinator.PublishAsync(["prod"], dryRun: false, default)).Clusters);

        Assert.Equal((2, 2), (report.ScaleOut?.WaitingTasks, report.ScaleOut?.DesiredAfter));
        Assert.Equal(2, autoScaling.Groups["asg"].DesiredCapacity);
        Assert.Equal(1, ecs.Calls["ListTasks"]);
        Assert.Equal(200, _telemetry.Sum(MetricNames.CapacityReservation), 9);

        // A failed SetDesiredCapacity fails the cluster's report; its metrics are out already.
        autoScaling.Groups["asg"] = autoScaling.Groups["asg"] with { DesiredCapacity = 1 };
        autoScaling.Calls.FailNext("SetDesiredCapacity", new AwsCallException("autoscaling", "SetDesiredCapacity", "ValidationError", "no", "req-1", 400));
        var failed = Assert.Single((await coordinator.PublishAsync(["prod"], dryRun: false, default)).Clusters);
        Assert.StartsWith("sizing group asg failed", failed.Error, StringComparison.Ordinal);
        Assert.Equal(400, _telemetry.Sum(MetricNames.CapacityReservation), 9);
    }

    [Fact]
    public async Task With_an_age_set_a_cluster_with_nothing_waiting_gives_its_empty_instances_back_on_the_same_read()
    {
        var ecs = new ClusterBuilder();
        ecs.Instance("i-a");
        ecs.Instance("i-b");
        ecs.Service("web", 2);
        ecs.Tasks("web", "i-a", 2);
        var fake = ecs.ToFake();
        foreach (var (arn, instance) in fake.Instances.ToList())
        {
            fake.Instances[arn] = instance with { RegisteredAt = ClusterBuilder.Now - TimeSpan.FromHours(1) };
        }

        var autoScaling = new FakeAutoScaling();
        autoScaling.AddGroup("asg");
        autoScaling.Groups["asg"] = autoScaling.Groups["asg"] with { DesiredCapacity = 2, MinSize = 1 };
        autoScaling.AddInstance("i-a", "asg", protectedFromScaleIn: true);
        autoScaling.AddInstance("i-b", "asg");
        var options = new ClusterMetricsOptions { ScaleOutGroups = new Dictionary<string, string> { ["prod"] = "asg" }, ScaleInEmptyAfter = TimeSpan.FromMinutes(5) };
        var coordinator = new ClusterMetricsCoordinator(fake, new ScaleOutRunner(autoScaling, _telemetry), new EmptyInstanceRunner(autoScaling, _telemetry), options, new FakeTimeProvider(ClusterBuilder.Now), _telemetry);

        var report = Assert.Single((await coordinator.PublishAsync(["prod"], dryRun: false, default)).Clusters);

        Assert.Null(report.ScaleOut);
        Assert.Equal(["i-b"], report.ScaleIn?.GivenBack);
        Assert.Equal(1, autoScaling.Groups["asg"].DesiredCapacity);
        Assert.Equal(1, fake.Calls["ListTasks"]);
    }

    [Fact]
    public async Task A_group_whose_capacity_provider_has_managed_scaling_is_refused_and_its_desired_capacity_left_to_ecs()
    {
        var (ecs, autoScaling) = TwoTasksWaitingForGroupAsg();
        ecs.AttachCapacityProvider("prod", new CapacityProvider("prod-cp", "ACTIVE", "asg", ManagedScaling: true, ManagedTerminationProtection: false, ManagedDraining: true));
        var options = new ClusterMetricsOptions { ScaleOutGroups = new Dictionary<string, string> { ["prod"] = "asg" }, ScaleInEmptyAfter = TimeSpan.FromMinutes(5) };
        var coordinator = new ClusterMetricsCoordinator(ecs, new ScaleOutRunner(autoScaling, _telemetry), new EmptyInstanceRunner(autoScaling, _telemetry), options, new FakeTimeProvider(ClusterBuilder.Now), _telemetry);

        var report = Assert.Single((await coordinator.PublishAsync(["prod"], dryRun: false, default)).Clusters);

        Assert.Contains("desired capacity of group asg is owned by capacity provider prod-cp", report.Error, StringComparison.Ordinal);
        Assert.Contains(ClusterMetricsVariables.ScaleOutGroups, report.Error, StringComparison.Ordinal);
        Assert.Equal(1, autoScaling.Groups["asg"].DesiredCapacity);
        Assert.Equal(0, autoScaling.Calls["SetDesiredCapacity"]);
        Assert.Equal(200, _telemetry.Sum(MetricNames.CapacityReservation), 9);
    }
}
