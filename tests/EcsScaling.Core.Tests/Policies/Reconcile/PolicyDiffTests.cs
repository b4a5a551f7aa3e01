using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Reconcile;

namespace EcsScaling.Core.Tests.Policies.Reconcile;

public class PolicyDiffTests
{
    private const string Prefix = "ecs-scaling-";
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");
    private static readonly TargetTrackingConfiguration Cpu = new(60, "ECSServiceAverageCPUUtilization", null, null, 300, 300, false);

    [Fact]
    public void Nothing_described_yields_register_then_put_in_that_order()
    {
        var changes = PolicyDiff.Compute([Desired(new PolicySpec("cpu", Cpu))], [], Prefix);

        Assert.Collection(changes,
            c => Assert.Equal((DriftAction.Create, "capacity"), (Assert.IsType<RegisterTargetChange>(c).Drift.Action, c.Drift.Name)),
            c => Assert.Equal((DriftAction.Create, "ecs-scaling-cpu"), (Assert.IsType<PutPolicyChange>(c).Drift.Action, c.Drift.Name)));
    }

    [Fact]
    public void Owned_policies_no_longer_in_the_document_are_deleted_after_the_puts_and_foreign_ones_are_kept()
    {
        var described = new DescribedResource(Web, new ScalableTarget(Web, 2, 20),
        [
            new TargetTrackingPolicy(Web, "ecs-scaling-old", Cpu),
            new TargetTrackingPolicy(Web, "console-made", Cpu),
            new TargetTrackingPolicy(Web, "ecs-scaling", Cpu),
        ]);

        var changes = PolicyDiff.Compute([Desired(new PolicySpec("cpu", Cpu))], [described], Prefix);

        Assert.Equal(["ecs-scaling-cpu", "ecs-scaling-old"], changes.Select(c => c.Drift.Name));
        var delete = Assert.IsType<DeletePolicyChange>(changes[1]);
        Assert.Equal(DriftAction.Delete, delete.Drift.Action);
        Assert.Equal("60", delete.Drift.Differences.Single(d => d.Field == "targetValue").Actual);
    }

    [Fact]
    public void A_matching_description_yields_no_change()
    {
        var described = new DescribedResource(Web, new ScalableTarget(Web, 2, 20), [new TargetTrackingPolicy(Web, "ecs-scaling-cpu", Cpu with { ScaleInCooldownSeconds = null })]);

        Assert.Empty(PolicyDiff.Compute([Desired(new PolicySpec("cpu", Cpu))], [described], Prefix));
    }

    [Fact]
    public void A_changed_target_value_is_one_update_naming_the_field()
    {
        var described = new DescribedResource(Web, new ScalableTarget(Web, 2, 20), [new TargetTrackingPolicy(Web, "ecs-scaling-cpu", Cpu with { TargetValue = 70 })]);

        var change = Assert.Single(PolicyDiff.Compute([Desired(new PolicySpec("cpu", Cpu))], [described], Prefix));

        Assert.Equal((DriftSubject.Policy, "ecs-scaling-cpu", DriftAction.Update), (change.Drift.Subject, change.Drift.Name, change.Drift.Action));
        Assert.Equal([new FieldDifference("targetValue", "60", "70")], change.Drift.Differences);
    }

    [Fact]
    public void An_Auto_Scaling_group_never_gets_a_scalable_target_change()
    {
        var group = new ScalableResource(ScalableResourceKind.AutoScalingGroup, "prod-asg");

        var changes = PolicyDiff.Compute([new DesiredResource(group, null, [])], [new DescribedResource(group, new ScalableTarget(group, 1, 10), [])], Prefix);

        Assert.Empty(changes);
    }

    private static DesiredResource Desired(params PolicySpec[] policies) => new(Web, new ScalableTarget(Web, 2, 20), policies);
}
