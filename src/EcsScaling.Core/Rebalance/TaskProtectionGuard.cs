using EcsScaling.Core.Clusters;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Keeps protected tasks out of the pure <see cref="RebalancePlanner"/>'s plan, asking AWS (the
/// I/O a planner never does) only where it matters. GetTaskProtection takes 10 tasks
/// per call, so asking for every task of a 100,000-task cluster is out of the question: plan,
/// ask about the tasks the plan would touch, replan without the protected ones, until a plan
/// touches only tasks known to be unprotected.
/// </summary>
public sealed class TaskProtectionGuard(IEcsGateway ecs, RebalanceOptions options)
{
    private const int MaxRounds = 10;

    /// <param name="freedEarlier">Container instance ARNs earlier waves of this rebalance emptied: no move lands on them.</param>
    public async Task<RebalancePlan> PlanAsync(ClusterSnapshot snapshot, DateTimeOffset now, CancellationToken cancellationToken, IReadOnlySet<string>? freedEarlier = null)
    {
        var protectedTasks = new HashSet<string>(StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (var round = 0; round < MaxRounds; round++)
        {
            var plan = RebalancePlanner.Plan(snapshot, protectedTasks, options, now, freedEarlier);
            var unknown = Touched(plan, snapshot).Where(arn => !known.Contains(arn)).ToList();
            if (unknown.Count == 0)
            {
                return plan;
            }

            protectedTasks.UnionWith(await ecs.GetProtectedTaskArnsAsync(snapshot.Cluster, unknown, cancellationToken));
            known.UnionWith(unknown);
        }

        throw new InvalidOperationException($"task protection still changing the plan after {MaxRounds} rounds for {snapshot.Cluster}; not acting on an unchecked plan");
    }

    private static IEnumerable<string> Touched(RebalancePlan plan, ClusterSnapshot snapshot) =>
        plan.Moves.Select(m => m.TaskArn).Concat(plan.Drain is { } drain
            ? snapshot.Tasks.Where(t => t.ContainerInstanceArn == drain.ContainerInstanceArn).Select(t => t.Arn)
            : []);
}
