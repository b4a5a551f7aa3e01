using System.Text.Json;
using EcsScaling.Aws.ApplicationAutoScaling;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using Aas = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingOperations;
using Asg = EcsScaling.Aws.AutoScaling.AutoScalingOperations;
using Cw = EcsScaling.Aws.CloudWatch.CloudWatchOperations;
using EcsOp = EcsScaling.Aws.Ecs.EcsOperations;
using Elb = EcsScaling.Aws.LoadBalancing.LoadBalancingOperations;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>
/// Every gateway method called the way production calls it, optional members set: filters, a
/// second page of every paginated list, tags, policies with predefined and customized metrics, predictive policies of both metric forms,
/// lifecycle actions by token and by instance id. Every answer is scripted so each list has two pages.
/// </summary>
public static class GatewayExercise
{
    private const string Account = "arn:aws:ecs:eu-west-1:123456789012";
    private const string SecondPage = "eyJzZWNvbmQiOiJwYWdlIn0=";
    private const string Group = "ecs-main-general";
    private const string InstanceId = "i-0123456789abcdef0";
    private const string TargetGroupArn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/943f017f100becff";
    private const string AlbLabel = "app/web-alb/778d41231b141a0f/targetgroup/web/943f017f100becff";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ScalableResource Service = new(ScalableResourceKind.EcsService, "service/main/web");
    private static readonly ScalableResource GroupResource = new(ScalableResourceKind.AutoScalingGroup, Group);

    /// <summary>Method key (as IamActionCatalog names it) and the calls that exercise it.</summary>
    public static IReadOnlyList<(string Method, Func<GatewaySet, Task> Drive)> Methods { get; } =
    [
        Ecs(nameof(IEcsGateway.DescribeClustersAsync), e => e.DescribeClustersAsync([$"{Account}:cluster/main", "batch"], None)),
        Ecs(nameof(IEcsGateway.DescribeCapacityProvidersAsync), e => e.DescribeCapacityProvidersAsync(["main-cp", $"{Account}:capacity-provider/batch-cp"], None)),
        Ecs(nameof(IEcsGateway.FindContainerInstanceAsync), e => e.FindContainerInstanceAsync("main", InstanceId, None)),
        Ecs(nameof(IEcsGateway.FindContainerInstanceArnAsync), e => e.FindContainerInstanceArnAsync("main", InstanceId, ContainerInstanceStatus.Active, None)),
        Ecs(nameof(IEcsGateway.FindContainerInstancesAsync), e => e.FindContainerInstancesAsync("main", [InstanceId, "i-0fedcba9876543210"], None)),
        Ecs(nameof(IEcsGateway.ListContainerInstancesAsync), async e =>
        {
            await e.ListContainerInstancesAsync("main", ContainerInstanceStatus.Draining, None);
            await e.ListContainerInstancesAsync($"{Account}:cluster/main", null, None);
        }),
        Ecs(nameof(IEcsGateway.DescribeContainerInstancesAsync), e => e.DescribeContainerInstancesAsync("main", Arns("container-instance", 101), None)),
        Ecs(nameof(IEcsGateway.UpdateContainerInstancesStateAsync), async e =>
        {
            await e.UpdateContainerInstancesStateAsync("main", Arns("container-instance", 11), ContainerInstanceStatus.Draining, None);
            await e.UpdateContainerInstancesStateAsync("main", Arns("container-instance", 1), ContainerInstanceStatus.Active, None);
        }),
        Ecs(nameof(IEcsGateway.ListTaskArnsAsync), async e =>
        {
            await e.ListTaskArnsAsync("main", new TaskQuery(ContainerInstanceArn: Arns("container-instance", 1)[0]), None);
            await e.ListTaskArnsAsync("main", new TaskQuery(ServiceName: "web", DesiredStatus: TaskDesiredStatus.Stopped), None);
        }),
        Ecs(nameof(IEcsGateway.DescribeTasksAsync), e => e.DescribeTasksAsync("main", Arns("task", 101), None)),
        Ecs(nameof(IEcsGateway.StopTaskAsync), e => e.StopTaskAsync("main", Arns("task", 1)[0], "EcsScaling: drained from i-0123456789abcdef0", None)),
        Ecs(nameof(IEcsGateway.GetProtectedTaskArnsAsync), e => e.GetProtectedTaskArnsAsync("main", Arns("task", 11), None)),
        Ecs(nameof(IEcsGateway.ListServiceArnsAsync), e => e.ListServiceArnsAsync("main", None)),
        Ecs(nameof(IEcsGateway.DescribeServicesAsync), e => e.DescribeServicesAsync("main", Arns("service", 11), None)),
        Ecs(nameof(IEcsGateway.PutAttributesAsync), e => e.PutAttributesAsync("main", Arns("container-instance", 1)[0], new Dictionary<string, string?>
        {
            ["ecs-scaling.drain"] = "2026-12-02T16:00:00Z", ["ecs-scaling.tier"] = "general", ["ecs-scaling.flag"] = null,
        }, None)),
        Ecs(nameof(IEcsGateway.DeleteAttributesAsync), e => e.DeleteAttributesAsync("main", Arns("container-instance", 1)[0], ["ecs-scaling.drain", "ecs-scaling.flag"], None)),
        Ecs(nameof(IEcsGateway.TagResourceAsync), e => e.TagResourceAsync($"{Account}:service/main/web", new Dictionary<string, string> { ["ecs-scaling:owner"] = "team-a", ["ecs-scaling:min"] = "2" }, None)),
        Ecs(nameof(IEcsGateway.ListTagsAsync), e => e.ListTagsAsync($"{Account}:service/main/web", None)),
        AutoScaling(nameof(IAutoScalingGateway.DescribeGroupsAsync), async a =>
        {
            await a.DescribeGroupsAsync([Group, "ecs-main-gpu"], None);
            await a.DescribeGroupsAsync([], None);
        }),
        AutoScaling(nameof(IAutoScalingGateway.DescribeInstancesAsync), a => a.DescribeInstancesAsync([InstanceId, "i-0fedcba9876543210"], None)),
        AutoScaling(nameof(IAutoScalingGateway.DescribeLifecycleHooksAsync), a => a.DescribeLifecycleHooksAsync(Group, None)),
        AutoScaling(nameof(IAutoScalingGateway.CompleteLifecycleActionAsync), async a =>
        {
            await a.CompleteLifecycleActionAsync(ByToken, LifecycleResult.Continue, None);
            await a.CompleteLifecycleActionAsync(ByInstance, LifecycleResult.Abandon, None);
        }),
        AutoScaling(nameof(IAutoScalingGateway.RecordLifecycleActionHeartbeatAsync), async a =>
        {
            await a.RecordLifecycleActionHeartbeatAsync(ByToken, None);
            await a.RecordLifecycleActionHeartbeatAsync(ByInstance, None);
        }),
        AutoScaling(nameof(IAutoScalingGateway.SetDesiredCapacityAsync), a => a.SetDesiredCapacityAsync(Group, 4, None)),
        AutoScaling(nameof(IAutoScalingGateway.SetInstanceProtectionAsync), async a =>
        {
            await a.SetInstanceProtectionAsync(Group, [InstanceId, "i-0fedcba9876543210"], protectedFromScaleIn: true, None);
            await a.SetInstanceProtectionAsync(Group, [InstanceId], protectedFromScaleIn: false, None);
        }),
        LoadBalancing(nameof(ILoadBalancingGateway.DescribeTargetHealthAsync), l => l.DescribeTargetHealthAsync(TargetGroupArn, None)),
        Policies(nameof(IScalingPolicyGateway.DescribeScalableTargetsAsync), p => p.DescribeScalableTargetsAsync([Service, new(ScalableResourceKind.EcsService, "service/main/api"), GroupResource], None)),
        Policies(nameof(IScalingPolicyGateway.RegisterScalableTargetAsync), p => p.RegisterScalableTargetAsync(new ScalableTarget(Service, 2, 40), None)),
        Policies(nameof(IScalingPolicyGateway.DescribePoliciesAsync), async p =>
        {
            await p.DescribePoliciesAsync(Service, None);
            await p.DescribePoliciesAsync(GroupResource, None);
        }),
        Policies(nameof(IScalingPolicyGateway.PutPolicyAsync), async p =>
        {
            foreach (var resource in new[] { Service, GroupResource })
            {
                await p.PutPolicyAsync(new TargetTrackingPolicy(resource, "ecs-scaling-requests", RequestCountPerTarget(resource)), None);
                await p.PutPolicyAsync(new TargetTrackingPolicy(resource, "ecs-scaling-reservation", CustomizedReservation), None);
                await p.PutPolicyAsync(new TargetTrackingPolicy(resource, "ecs-scaling-reservation-max", MaxReservation(resource)), None);
            }
        }),
        Policies(nameof(IScalingPolicyGateway.DeletePolicyAsync), async p =>
        {
            await p.DeletePolicyAsync(Service, "ecs-scaling-requests", None);
            await p.DeletePolicyAsync(GroupResource, "ecs-scaling-reservation", None);
        }),
        Policies(nameof(IScalingPolicyGateway.PutPredictivePolicyAsync), async p =>
        {
            await p.PutPredictivePolicyAsync(new PredictivePolicy(Service, "ecs-scaling-forecast",
                new(60, "ECSServiceCPUUtilization", null, null, null, PredictiveScalingMode.ForecastAndScale, 600, MaxCapacityBreachBehavior.IncreaseMaxCapacity, 10)), None);
            await p.PutPredictivePolicyAsync(new PredictivePolicy(Service, "ecs-scaling-requests-forecast",
                new(1000, null, "ALBRequestCountPerTarget", "TotalALBRequestCount", AlbLabel, PredictiveScalingMode.ForecastOnly, 0, MaxCapacityBreachBehavior.HonorMaxCapacity, null)), None);
        }),
        Policies(nameof(IScalingPolicyGateway.GetCapacityForecastAsync), p =>
            p.GetCapacityForecastAsync(Service, "ecs-scaling-forecast", DateTimeOffset.UnixEpoch.AddYears(56), DateTimeOffset.UnixEpoch.AddYears(56).AddHours(6), None)),
        CloudWatch(nameof(ICloudWatchGateway.DescribeAlarmsAsync), c => c.DescribeAlarmsAsync(["ecs-scaling-main-high", "ecs-scaling-main-low"], None)),
    ];

    private static LifecycleActionRef ByToken => new(Group, "ecs-scaling-drain", InstanceId, "bcd2f1b8-9a1b-4e6b-8e0f-2a7c5f7f6d10");

    private static LifecycleActionRef ByInstance => new(Group, "ecs-scaling-drain", InstanceId, null);

    private static TargetTrackingConfiguration CustomizedReservation => new(
        75, null, null, new CustomizedMetric("AWS/ECS", "CPUReservation", [new MetricDimension("ClusterName", "main")], "Average", "Percent"), null, null, DisableScaleIn: false);

    /// <summary>Metric math: the larger of CPU and memory reservation; groups at EC2 Auto Scaling's high resolution.</summary>
    private static TargetTrackingConfiguration MaxReservation(ScalableResource resource)
    {
        var period = resource.Kind == ScalableResourceKind.AutoScalingGroup ? 10 : (int?)null;
        var cluster = new MetricDimension("ClusterName", "main");
        return new(75, null, null, null, null, null, DisableScaleIn: false,
        [
            new MetricQuery("cpu", null, new CustomizedMetric("AWS/ECS", "CPUReservation", [cluster], "Average", "Percent", period), "cpu", false),
            new MetricQuery("memory", null, new CustomizedMetric("AWS/ECS", "MemoryReservation", [cluster], "p90", null, period), null, false),
            new MetricQuery("reservation", "MAX([cpu, memory])", null, "max reservation", true),
        ]);
    }

    /// <summary>ECS services take cooldowns; EC2 Auto Scaling target tracking has none (the gateway drops them).</summary>
    private static TargetTrackingConfiguration RequestCountPerTarget(ScalableResource resource) => resource.Kind == ScalableResourceKind.EcsService
        ? new(1000, "ALBRequestCountPerTarget", AlbLabel, null, 300, 60, DisableScaleIn: true)
        : new(1000, "ALBRequestCountPerTarget", AlbLabel, null, null, null, DisableScaleIn: true);

    /// <summary>A RecordingCaller whose every list answers a first page with a continuation token and a last page without.</summary>
    public static RecordingCaller TwoPageAnswers() => new RecordingCaller()
        .Respond(EcsOp.ListContainerInstances, r => $$"""{"containerInstanceArns":["{{Arns("container-instance", 1)[0]}}"]{{NextJson(r, "nextToken")}}}""")
        .Respond(EcsOp.ListTasks, r => $$"""{"taskArns":["{{Arns("task", 1)[0]}}"]{{NextJson(r, "nextToken")}}}""")
        .Respond(EcsOp.ListServices, r => $$"""{"serviceArns":["{{Arns("service", 1)[0]}}"]{{NextJson(r, "nextToken")}}}""")
        .Respond(Aas.DescribeScalableTargets, r => $$"""{"ScalableTargets":[{"ServiceNamespace":"ecs","ResourceId":"{{r.Strings("ResourceIds")![0]}}","ScalableDimension":"{{EcsServiceScaling.Dimension}}","MinCapacity":2,"MaxCapacity":40}]{{NextJson(r, "NextToken")}}}""")
        .Respond(Aas.DescribeScalingPolicies, r => $$"""{"ScalingPolicies":[]{{NextJson(r, "NextToken")}}}""")
        .Respond(Asg.DescribeAutoScalingGroups, p => $"<AutoScalingGroups><member><AutoScalingGroupName>{Group}</AutoScalingGroupName></member></AutoScalingGroups>{NextXml(p, "NextToken")}")
        .Respond(Asg.DescribePolicies, p => $"<ScalingPolicies/>{NextXml(p, "NextToken")}")
        .Respond(Cw.DescribeAlarms, p => $"<MetricAlarms/>{NextXml(p, "NextToken")}");

    /// <summary>The JSON twin of NextXml: a first page (no token asked) names the second, the second names none.</summary>
    private static string NextJson(JsonElement request, string tokenMember) =>
        request.String(tokenMember) is null ? $",\"{tokenMember}\":\"{SecondPage}\"" : string.Empty;

    /// <summary>
    /// The second page is told by the token's value, not its key: a gateway that sends the token under a
    /// wrong key still ends after two pages, and the model check names the key.
    /// </summary>
    private static string NextXml(QueryParameters p, string responseElement) =>
        p.Entries.Any(e => e.Value == SecondPage) ? string.Empty : $"<{responseElement}>{SecondPage}</{responseElement}>";

    private static List<string> Arns(string kind, int count) => [.. Enumerable.Range(0, count).Select(i => $"{Account}:{kind}/main/{i:D32}")];

    private static (string, Func<GatewaySet, Task>) Ecs(string method, Func<IEcsGateway, Task> drive) => (IamActionCatalog.Key<IEcsGateway>(method), g => drive(g.Ecs));

    private static (string, Func<GatewaySet, Task>) AutoScaling(string method, Func<IAutoScalingGateway, Task> drive) => (IamActionCatalog.Key<IAutoScalingGateway>(method), g => drive(g.AutoScaling));

    private static (string, Func<GatewaySet, Task>) LoadBalancing(string method, Func<ILoadBalancingGateway, Task> drive) => (IamActionCatalog.Key<ILoadBalancingGateway>(method), g => drive(g.LoadBalancing));

    private static (string, Func<GatewaySet, Task>) Policies(string method, Func<IScalingPolicyGateway, Task> drive) => (IamActionCatalog.Key<IScalingPolicyGateway>(method), g => drive(g.ScalingPolicies));

    private static (string, Func<GatewaySet, Task>) CloudWatch(string method, Func<ICloudWatchGateway, Task> drive) => (IamActionCatalog.Key<ICloudWatchGateway>(method), g => drive(g.CloudWatch));
}
