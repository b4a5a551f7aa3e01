using EcsScaling.Aws.Wire;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Status;
using EcsScaling.Functions.Tests.Ops;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Functions.Tests.Status;

/// <summary>The status command through the ops function on the simulator.</summary>
public class StatusReaderTests
{
    private readonly OpsSimulation _ops = new();

    [Fact]
    public void Status_measures_the_cluster_and_lists_drains_in_progress()
    {
        var draining = _ops.BusyInstance();
        _ops.Run(new DrainCommand(draining, DryRun: false));

        var response = _ops.Run(new StatusCommand(null));

        var cluster = Assert.Single(response.Status!.Clusters);
        Assert.Equal(9, cluster.Measurement.Instances.Count);
        var progress = Assert.Single(cluster.Draining);
        Assert.Equal(draining, progress.Ec2InstanceId);
        Assert.Equal("manual", progress.Reason);
        Assert.Equal(_ops.Sim.Clock.GetUtcNow(), progress.DrainStarted);
        Assert.True(response.DryRun);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Status_names_the_service_that_held_an_abandoned_drain_and_what_to_do_with_a_retained_instance(bool retained)
    {
        var id = _ops.BusyInstance();
        _ops.Run(new DrainCommand(id, DryRun: false));
        var attributes = _ops.Sim.Ecs.InstancesByEc2Id[id].Attributes;
        attributes[DrainAttributes.DrainAbandoned] = "2026-12-04T10:00:00Z";
        attributes[DrainAttributes.HeldBy] = "web worker";
        _ops.Sim.AutoScaling.Instances[id].LifecycleState = retained ? LifecycleStates.TerminatingRetained : LifecycleStates.TerminatingProceed;

        var describes = _ops.Sim.Api.Calls.Attempts.GetValueOrDefault("autoscaling:DescribeAutoScalingInstances");
        var response = _ops.Run(new StatusCommand(null));
        var json = System.Text.Encoding.UTF8.GetString(Utf8JsonWriterMembers.ToUtf8(response.Status!, (w, s) => w.Members(s, StatusReportJson.WriteMembers)));

        Assert.Equal(describes + 1, _ops.Sim.Api.Calls.Attempts.GetValueOrDefault("autoscaling:DescribeAutoScalingInstances"));
        var abandoned = Assert.Single(response.Status!.Clusters.Single().Draining).Abandoned!;
        Assert.Equal(["web", "worker"], abandoned.HeldBy);
        Assert.Equal(retained, abandoned.Retained);
        Assert.Equal(retained ? "Terminating:Retained" : "Terminating:Proceed", abandoned.LifecycleState);
        Assert.Contains("(held by web, worker)", abandoned.NextStep, StringComparison.Ordinal);
        Assert.Equal(retained, abandoned.NextStep.Contains($"terminate-instance-in-auto-scaling-group --instance-id {id} --no-should-decrement-desired-capacity", StringComparison.Ordinal));
        Assert.Contains("""
            "abandoned":{"at":"2026-12-04T10:00:00+00:00","heldBy":["web","worker"],"lifecycleState":"Terminating:
            """.Trim(), json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drain_in_progress_costs_status_no_Auto_Scaling_call()
    {
        _ops.Run(new DrainCommand(_ops.BusyInstance(), DryRun: false));
        const string Describe = "autoscaling:DescribeAutoScalingInstances";
        var before = _ops.Sim.Api.Calls.Attempts.GetValueOrDefault(Describe);

        Assert.Null(Assert.Single(_ops.Run(new StatusCommand(null)).Status!.Clusters.Single().Draining).Abandoned);
        Assert.Equal(before, _ops.Sim.Api.Calls.Attempts.GetValueOrDefault(Describe));
    }

    [Fact]
    public void Status_shows_the_budgets_in_force_what_is_disrupted_and_which_reasons_must_wait()
    {
        var ops = new OpsSimulation(new Dictionary<string, string?> { ["ECS_SCALING_DISRUPTION_BUDGETS"] = "10; consolidation,manual=1" });
        ops.Run(new DrainCommand(ops.BusyInstance(), DryRun: false));

        var response = ops.Run(new StatusCommand(null));
        var json = System.Text.Encoding.UTF8.GetString(Utf8JsonWriterMembers.ToUtf8(response.Status!, (w, s) => w.Members(s, StatusReportJson.WriteMembers)));

        var budgets = Assert.Single(response.Status!.Clusters).DisruptionBudgets!;
        Assert.Equal((9, 1), (budgets.Disrupted.Total, budgets.Disrupted.Count));
        Assert.Equal(["10", "consolidation,manual=1"], budgets.ActiveBudgets);
        Assert.Equal(["consolidation", "manual"], budgets.HeldBack);
        var rebalance = budgets.Reasons.Single(r => r.ReasonText == "rebalance");
        Assert.Equal((10, 9), (rebalance.Allowed!.Value, rebalance.Remaining!.Value));
        Assert.Contains("""
            "disruptionBudgets":{"instances":9,"disrupted":1,"disruptedByReason":{"manual":1},"activeBudgets":["10","consolidation,manual=1"],"reasons":[{"reason":"scale-in","budget":"10","allowed":10,"disrupted":1,"remaining":9,
            """, json, StringComparison.Ordinal);
        Assert.Contains("""
            "heldBack":["consolidation","manual"]}
            """, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_shows_a_cluster_the_budgets_naming_it_and_no_section_where_only_another_cluster_has_budgets()
    {
        static OpsSimulation With(string budgets) =>
            new(new Dictionary<string, string?> { ["ECS_SCALING_CLUSTERS"] = "prod,staging", ["ECS_SCALING_DISRUPTION_BUDGETS"] = budgets });

        var own = Assert.Single(With("prod: manual=0; staging: 1").Run(new StatusCommand("prod")).Status!.Clusters).DisruptionBudgets!;
        var other = Assert.Single(With("staging: 1").Run(new StatusCommand("prod")).Status!.Clusters);

        Assert.Equal(["prod: manual=0"], own.ActiveBudgets);
        Assert.Equal(["manual"], own.HeldBack);
        Assert.Equal("prod: manual=0", own.Reasons.Single(r => r.ReasonText == "manual").Binding!.Text);
        Assert.Null(other.DisruptionBudgets);
    }

    [Fact]
    public void Status_shows_the_capacity_provider_that_drives_a_group_and_the_protection_we_leave_to_it()
    {
        var ops = new OpsSimulation(new Dictionary<string, string?> { ["ECS_SCALING_SCALE_IN_PROTECTION_ASG_NAMES"] = StandardCluster.Group });
        var provider = new SimCapacityProvider("prod-cp", ops.Sim.AutoScaling.GetGroup(StandardCluster.Group), ops.Sim.Ecs, ops.Sim.AutoScaling, ops.Sim.CloudWatch, ops.Sim.Clock);
        provider.Attach();

        var response = ops.Run(new StatusCommand(null));
        var json = System.Text.Encoding.UTF8.GetString(Utf8JsonWriterMembers.ToUtf8(response.Status!, (w, s) => w.Members(s, StatusReportJson.WriteMembers)));

        var driven = Assert.Single(response.Status!.CapacityProviders!);
        Assert.Equal((StandardCluster.Group, "prod-cp"), (driven.Group, driven.Provider.Name));
        Assert.Contains("scale-in protection of group " + StandardCluster.Group + " is owned by capacity provider prod-cp", driven.Conflict, StringComparison.Ordinal);
        Assert.Contains($$"""
            "capacityProviders":[{"group":"{{StandardCluster.Group}}","name":"prod-cp","status":"ACTIVE","managedScaling":true,"managedTerminationProtection":true,"managedDraining":true,"conflict":
            """, json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_no_capacity_provider_drives_shows_none_and_a_deployment_without_groups_no_section()
    {
        var withGroups = _ops.Run(new StatusCommand(null));
        var withoutGroups = new OpsSimulation(new Dictionary<string, string?> { ["ECS_SCALING_ASG_NAMES"] = "" }).Run(new StatusCommand(null));

        Assert.Empty(withGroups.Status!.CapacityProviders!);
        Assert.Null(withoutGroups.Status!.CapacityProviders);
    }

    [Fact]
    public void Without_budgets_status_has_no_budget_section()
    {
        var response = _ops.Run(new StatusCommand(null));

        Assert.Null(Assert.Single(response.Status!.Clusters).DisruptionBudgets);
    }

    [Fact]
    public void Status_without_any_cluster_is_refused()
    {
        var ops = new OpsSimulation(new Dictionary<string, string?> { ["ECS_SCALING_CLUSTERS"] = "" });

        var error = Assert.Throws<ArgumentException>(() => ops.Run(new StatusCommand(null)));

        Assert.Contains("ECS_SCALING_CLUSTERS", error.Message, StringComparison.Ordinal);
    }
}
