using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Reconcile;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Policies.Reconcile;

public class PolicyReconcilerTests
{
    private readonly FakeScalingPolicies _aws = new();
    private readonly CapturingTelemetry _telemetry = new();
    private readonly ResolvedProfile _normal;

    public PolicyReconcilerTests()
    {
        _aws.AddGroup("prod-asg", 1, 10);
        _normal = PolicyDocument.Load(PolicyHarness.SampleDocument).Profile(null);
    }

    [Fact]
    public async Task A_fresh_account_gets_the_target_registered_before_its_policy_and_each_change_logged()
    {
        var reconciler = new PolicyReconciler(_aws, _telemetry, "ecs-scaling-");

        var plan = await reconciler.PlanAsync(_normal, default);
        await reconciler.ApplyAsync("normal", plan, default);

        Assert.Equal(1, _aws.Calls["RegisterScalableTarget"]);
        Assert.Equal(2, _aws.Calls["PutScalingPolicy"]);
        Assert.Equal(["ecs-scaling-cpu"], _aws.Policies[new ScalableResource(ScalableResourceKind.EcsService, "service/prod/web")].Keys);
        Assert.Equal(3, _telemetry.Logs.Count(l => l.Message == "policy change"));
        var log = _telemetry.Logs.First(l => l.Message == "policy change");
        Assert.Equal("service/prod/web", log.Fields["resourceId"]);
        Assert.Equal("Create", log.Fields["action"]);
    }

    [Fact]
    public async Task Planning_describes_targets_once_and_policies_once_per_resource_and_changes_nothing()
    {
        var reconciler = new PolicyReconciler(_aws, _telemetry, "ecs-scaling-");

        var plan = await reconciler.PlanAsync(_normal, default);

        Assert.Equal(3, plan.Count);
        Assert.Equal((1, 2, 0), (_aws.Calls["DescribeScalableTargets"], _aws.Calls["DescribeScalingPolicies"], _aws.Calls.Mutating));
    }

    [Fact]
    public async Task A_failed_call_surfaces_and_stops_before_later_changes()
    {
        var reconciler = new PolicyReconciler(_aws, _telemetry, "ecs-scaling-");
        _aws.Calls.FailNext("RegisterScalableTarget", new AwsCallException("application-autoscaling", "RegisterScalableTarget", "AccessDeniedException", "no", "r-1", 400));
        var plan = await reconciler.PlanAsync(_normal, default);

        var error = await Assert.ThrowsAsync<AwsCallException>(() => reconciler.ApplyAsync("normal", plan, default));

        Assert.Equal("AccessDeniedException", error.ErrorCode);
        Assert.Equal(0, _aws.Calls["PutScalingPolicy"]);
    }

    [Fact]
    public async Task A_policy_deleted_meanwhile_by_a_concurrent_run_counts_as_deleted()
    {
        var web = new ScalableResource(ScalableResourceKind.EcsService, "service/prod/web");
        _aws.Seed(new TargetTrackingPolicy(web, "ecs-scaling-old", new TargetTrackingConfiguration(50, "ECSServiceAverageCPUUtilization", null, null, null, null, false)));
        var reconciler = new PolicyReconciler(_aws, _telemetry, "ecs-scaling-");
        var plan = await reconciler.PlanAsync(_normal, default);
        _aws.Policies[web].Remove("ecs-scaling-old");

        await reconciler.ApplyAsync("normal", plan, default);

        Assert.Equal(1, _aws.Calls["DeleteScalingPolicy"]);
        Assert.Contains(_telemetry.Logs, l => l.Message == "policy already deleted");
    }

    [Fact]
    public async Task A_predictive_policy_is_put_through_its_own_call_and_one_the_document_dropped_is_deleted()
    {
        var web = new ScalableResource(ScalableResourceKind.EcsService, "service/prod/web");
        var forecast = new PredictiveScalingConfiguration(60, "ECSServiceCPUUtilization", null, null, null, null, null, null, null);
        _aws.Predictive[web] = new Dictionary<string, PredictivePolicy>(StringComparer.Ordinal) { ["ecs-scaling-old-forecast"] = new(web, "ecs-scaling-old-forecast", forecast) };
        var profile = PolicyDocument.Load(PolicyHarness.SampleDocument.Replace(
            "\"targetValue\": 60 } ]", "\"targetValue\": 60 }, { \"name\": \"forecast\", \"targetValue\": 60, \"predictive\": { \"metricPair\": \"ECSServiceCPUUtilization\" } } ]", StringComparison.Ordinal)).Profile(null);
        var reconciler = new PolicyReconciler(_aws, _telemetry, "ecs-scaling-");

        var plan = await reconciler.PlanAsync(profile, default);
        await reconciler.ApplyAsync("normal", plan, default);

        Assert.Equal(["ecs-scaling-forecast"], _aws.Predictive[web].Keys);
        Assert.Equal((3, 1), (_aws.Calls["PutScalingPolicy"], _aws.Calls["DeleteScalingPolicy"]));
        Assert.Empty(await reconciler.PlanAsync(profile, default));
    }
}
