using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// The drain capability's pass through the budgets of the instance's cluster, made before an ACTIVE
/// instance is set DRAINING (one already DRAINING is already counted). Lifecycle drains (terminate hook, including
/// the sweeper's start of one whose event was lost, and Spot warning) are never refused, since AWS terminates the instance anyway, but a drain past the budget
/// is marked so its log line and metric say so; a recommendation or a manual drain waits for budget.
/// Costs one ListContainerInstances (a sweep: one per cluster), and only where budgets limit the cluster.
/// </summary>
public sealed class DisruptionGate(DrainContext context)
{
    public async Task<DrainDecision> PassAsync(DrainDecision start, ContainerInstance instance, DisruptionReason reason, CancellationToken cancellationToken)
    {
        if (!Checks(instance))
        {
            return start;
        }

        var cluster = await context.Gateways.Ecs.ListContainerInstancesAsync(instance.ClusterArn, status: null, cancellationToken);
        return Pass(start, instance, reason, DisruptedInstances.Of(cluster));
    }

    /// <summary>Whether a drain start of the instance passes the budgets: some limit its cluster and the instance is not DRAINING yet.</summary>
    public bool Checks(ContainerInstance instance) => !BudgetsOf(instance).IsEmpty && instance.Status == ContainerInstanceStatus.Active;

    /// <summary>The pass against disruptions already read: a sweep reads them once per cluster and adds each drain it starts.</summary>
    public DrainDecision Pass(DrainDecision start, ContainerInstance instance, DisruptionReason reason, DisruptedInstances disrupted)
    {
        var check = BudgetsOf(instance).Check(reason, disrupted, context.Now);
        if (check.MayDisrupt())
        {
            return start with { DisruptionBudget = new DrainBudget(check, DrainBudgetVerdict.Within) };
        }

        if (DisruptionReasonText.IsLifecycle(reason))
        {
            return start with
            {
                Reason = $"{start.Reason}; over budget, drained anyway (AWS terminates it whatever we do): {check.Describe()}",
                DisruptionBudget = new DrainBudget(check, DrainBudgetVerdict.Over),
            };
        }

        return DrainDecision.Ignored(start.Step, start.InstanceId, $"{DisruptionReasonText.Of(reason)}: held by disruption budget, not drained now: {check.Describe()}")
            with { Cluster = instance.ClusterArn, ContainerInstanceArn = instance.Arn, DisruptionBudget = new DrainBudget(check, DrainBudgetVerdict.HeldBack) };
    }

    private DisruptionBudgets BudgetsOf(ContainerInstance instance) => context.Options.DisruptionBudgets.For(instance.ClusterArn);
}

public enum DrainBudgetVerdict
{
    Within,
    Over,
    HeldBack,
}

/// <summary>The budget check a drain start passed, and what came of it.</summary>
public sealed record DrainBudget(BudgetCheck Check, DrainBudgetVerdict Verdict);
