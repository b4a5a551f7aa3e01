using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Reconcile;

namespace EcsScaling.Core.Tests.Policies.Reconcile;

/// <summary>PolicyDiff for predictive policies: created, updated, deleted only under our prefix, and never deleted when the name moves between kinds.</summary>
public class PolicyDiffPredictiveTests
{
    private const string Prefix = "ecs-scaling-";
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");
    private static readonly ScalableTarget Target = new(Web, 2, 20);
    private static readonly TargetTrackingConfiguration Cpu = new(60, "ECSServiceAverageCPUUtilization", null, null, 300, 300, false);
    private static readonly PredictiveScalingConfiguration Forecast = new(60, "ECSServiceCPUUtilization", null, null, null, null, null, null, null);

    [Fact]
    public void A_new_predictive_policy_is_created_after_the_target_tracking_puts()
    {
        var changes = PolicyDiff.Compute([Desired([new("cpu", Cpu)], [new("forecast", Forecast)])], [new DescribedResource(Web, Target, [new(Web, "ecs-scaling-cpu", Cpu)])], Prefix);

        var put = Assert.IsType<PutPredictivePolicyChange>(Assert.Single(changes));
        Assert.Equal((DriftSubject.PredictivePolicy, DriftAction.Create, "ecs-scaling-forecast"), (put.Drift.Subject, put.Drift.Action, put.Drift.Name));
        Assert.Equal(new PredictivePolicy(Web, "ecs-scaling-forecast", Forecast), put.Policy);
    }

    [Fact]
    public void A_changed_mode_is_an_update_of_that_field_only()
    {
        var described = new DescribedResource(Web, Target, [], [new(Web, "ecs-scaling-forecast", Forecast with { SchedulingBufferSeconds = 300 })]);

        var changes = PolicyDiff.Compute([Desired([], [new("forecast", Forecast with { Mode = PredictiveScalingMode.ForecastAndScale })])], [described], Prefix);

        var put = Assert.IsType<PutPredictivePolicyChange>(Assert.Single(changes));
        Assert.Equal(DriftAction.Update, put.Drift.Action);
        Assert.Equal(new FieldDifference("mode", "ForecastAndScale", "ForecastOnly"), Assert.Single(put.Drift.Differences));
    }

    [Fact]
    public void Only_our_predictive_policies_the_document_dropped_are_deleted()
    {
        var described = new DescribedResource(Web, Target, [], [new(Web, "ecs-scaling-old-forecast", Forecast), new(Web, "console-forecast", Forecast)]);

        var changes = PolicyDiff.Compute([Desired([], [])], [described], Prefix);

        var delete = Assert.IsType<DeletePolicyChange>(Assert.Single(changes));
        Assert.Equal((DriftSubject.PredictivePolicy, "ecs-scaling-old-forecast"), (delete.Drift.Subject, delete.PolicyName));
        Assert.Equal("ECSServiceCPUUtilization", delete.Drift.Differences.Single(d => d.Field == "metricPair").Actual);
    }

    [Fact]
    public void A_name_that_turns_from_target_tracking_into_predictive_is_put_and_not_deleted()
    {
        var described = new DescribedResource(Web, Target, [new(Web, "ecs-scaling-cpu", Cpu)]);

        var changes = PolicyDiff.Compute([Desired([], [new("cpu", Forecast)])], [described], Prefix);

        Assert.IsType<PutPredictivePolicyChange>(Assert.Single(changes));
    }

    private static DesiredResource Desired(IReadOnlyList<PolicySpec> policies, IReadOnlyList<PredictivePolicySpec> predictive) => new(Web, Target, policies, predictive);
}
