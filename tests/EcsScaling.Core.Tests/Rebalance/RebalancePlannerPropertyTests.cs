using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using FsCheck.Xunit;

namespace EcsScaling.Core.Tests.Rebalance;

/// <summary>Planner invariants over generated clusters (see <see cref="ClusterSpecs"/>).</summary>
public class RebalancePlannerPropertyTests
{
    private const int Runs = 300;
    private static readonly DateTimeOffset Now = ClusterBuilder.Now;

    private static (GeneratedCluster Cluster, RebalancePlan Plan) Plan(ClusterSpec spec)
    {
        var cluster = GeneratedCluster.From(spec);
        return (cluster, RebalancePlanner.Plan(cluster.Snapshot, cluster.Protected, cluster.Options, Now));
    }

    [Property(Arbitrary = [typeof(ClusterSpecs)], MaxTest = Runs)]
    public bool Never_stops_a_service_below_its_floor(ClusterSpec spec)
    {
        var (cluster, plan) = Plan(spec);
        var active = cluster.Snapshot.Instances.Where(i => i.Status == ContainerInstanceStatus.Active).Select(i => i.Arn).ToHashSet();
        return plan.Moves.GroupBy(m => m.Service).All(stops =>
        {
            var service = cluster.Snapshot.Services.Single(s => s.Name == stops.Key);
            var healthy = cluster.Snapshot.Tasks.Count(t => t.ServiceName == service.Name && t.LastStatus == EcsTaskStatus.Running && active.Contains(t.ContainerInstanceArn!));
            var floor = Math.Max(1, (int)Math.Ceiling(service.DesiredCount * service.MinimumHealthyPercent / 100.0));
            return healthy - stops.Count() >= floor;
        });
    }

    [Property(Arbitrary = [typeof(ClusterSpecs)], MaxTest = Runs)]
    public bool Never_touches_excluded_tasks(ClusterSpec spec)
    {
        var (cluster, plan) = Plan(spec);
        return plan.Moves.All(move =>
        {
            var task = cluster.Snapshot.Tasks.Single(t => t.Arn == move.TaskArn);
            var service = cluster.Snapshot.Services.Single(s => s.Name == task.ServiceName);
            var instance = cluster.Snapshot.Instances.Single(i => i.Arn == task.ContainerInstanceArn);
            return !service.IsDaemon && !service.IsDeploying && service.Tags.Count == 0
                && service.PlacementStrategies.All(s => s.Type is "spread" or "binpack")
                && !cluster.Protected.Contains(task.Arn)
                && Now - task.StartedAt >= cluster.Options.MinTaskAge
                && task.LastStatus == EcsTaskStatus.Running
                && instance.Status == ContainerInstanceStatus.Active;
        });
    }

    [Property(Arbitrary = [typeof(ClusterSpecs)], MaxTest = Runs)]
    public bool Never_increases_the_imbalance_score_as_measured_after_the_scheduler_replaces_the_tasks(ClusterSpec spec)
    {
        var (cluster, plan) = Plan(spec);
        var (after, _) = SchedulerSimulator.Apply(cluster.Snapshot, plan, Now);
        var measuredBefore = ClusterMeasurer.Measure(cluster.Snapshot).ImbalanceScore!.Value;
        var measuredAfter = ClusterMeasurer.Measure(after).ImbalanceScore!.Value;
        return Math.Abs(measuredBefore - plan.ScoreBefore) < 1e-9
            && Math.Abs(measuredAfter - plan.ScoreAfter) < 1e-9
            && measuredAfter <= measuredBefore + 1e-12
            && plan.Moves.All(m => m.ScoreAfter < m.ScoreBefore);
    }

    [Property(Arbitrary = [typeof(ClusterSpecs)], MaxTest = Runs)]
    public bool Respects_the_caps(ClusterSpec spec)
    {
        var (cluster, plan) = Plan(spec);
        return plan.Moves.Count <= cluster.Options.MaxTasksPerWave
            && plan.Moves.GroupBy(m => m.Service).All(g => g.Count() <= cluster.Options.MaxTasksPerServicePerWave)
            && plan.Moves.GroupBy(m => m.FromContainerInstanceArn).All(g => g.Count() <= cluster.Options.MaxTasksPerInstancePerWave);
    }

    [Property(Arbitrary = [typeof(ClusterSpecs)], MaxTest = Runs)]
    public bool Is_idempotent_once_the_scheduler_has_placed_the_replacements_where_predicted(ClusterSpec spec)
    {
        var (cluster, plan) = Plan(spec);
        var (after, placedOn) = SchedulerSimulator.Apply(cluster.Snapshot, plan, Now);
        var replan = RebalancePlanner.Plan(after, cluster.Protected, cluster.Options, Now);
        var predictedWhereSimulated = placedOn.SequenceEqual(plan.Moves.Select(m => m.ToContainerInstanceArn));

        // When a cap or a stop budget cut the wave short, the next wave may move more (budgets refill
        // once replacements run); so may a wave that freed an instance, which spread services then see
        // as a new place with none of their tasks (seed 14792998814244179946,17780018577878005639,36).
        // Either way only ever further down; otherwise there is nothing left to do.
        var unlocksMore = plan.LimitsReached.Count > 0 || plan.Moves.Any(m => m.Kind == MoveKind.Consolidate);
        return predictedWhereSimulated && (unlocksMore ? replan.ScoreAfter <= plan.ScoreAfter + 1e-12 : replan.Moves.Count == 0);
    }

    [Property(Arbitrary = [typeof(ClusterSpecs)], MaxTest = Runs)]
    public bool Never_fills_an_instance_the_same_plan_frees(ClusterSpec spec)
    {
        var (_, plan) = Plan(spec);
        var freed = plan.Moves.Where(m => m.Kind == MoveKind.Consolidate).Select(m => m.FromContainerInstanceArn).ToHashSet(StringComparer.Ordinal);
        return plan.Moves.All(m => !freed.Contains(m.ToContainerInstanceArn));
    }
}
