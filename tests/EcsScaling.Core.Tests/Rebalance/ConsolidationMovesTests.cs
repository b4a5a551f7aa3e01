using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using static EcsScaling.Core.Tests.Rebalance.ClusterBuilder;
using static EcsScaling.Core.Tests.Rebalance.RebalanceWorlds;

namespace EcsScaling.Core.Tests.Rebalance;

/// <summary>Binpack services are consolidated only where that frees a whole instance (planned through <see cref="RebalancePlanner"/>).</summary>
public class ConsolidationMovesTests
{

    [Fact]
    public void Frees_the_instance_holding_only_binpack_tasks_and_says_so()
    {
        var plan = RebalancePlanner.Plan(Consolidatable().Snapshot(), NoneProtected, UncappedOptions, Now);

        Assert.Equal(2, plan.Moves.Count);
        Assert.All(plan.Moves, m => Assert.Equal((MoveKind.Consolidate, "worker", "i-light", "i-full"), (m.Kind, m.Service, m.FromEc2InstanceId, m.ToEc2InstanceId)));
        Assert.Contains("frees instance i-light (2 tasks) for scale-in", plan.Moves[0].Why, StringComparison.Ordinal);
        Assert.Contains("binpack(memory)", plan.Moves[0].Why, StringComparison.Ordinal);
        // Two of seven scored tasks sat on an instance that could be freed; none once it is.
        Assert.Equal(2.0 / 7, plan.ScoreBefore, 9);
        Assert.Equal(0, plan.ScoreAfter, 9);
        Assert.All(plan.Moves, m => Assert.True(m.ScoreAfter < m.ScoreBefore));
    }

    [Fact]
    public void A_plan_never_lands_a_task_on_an_instance_it_frees()
    {
        // api (spread) is uneven on i-full; the emptiest instances are i-spare and i-light, the
        // one consolidation could free. With i-spare there, api goes there and i-light is freed;
        // without it api's replacement lands on i-light, which then stays busy and is not freed.
        var withSpare = Consolidatable();
        withSpare.Service("api", 2, 50, 200, SpreadInstance);
        withSpare.Tasks("api", "i-full", 2, cpu: 256);
        var withoutSpare = new ClusterBuilder();
        withoutSpare.Instance("i-full");
        withoutSpare.Instance("i-light");
        withoutSpare.Service("api", 2, 50, 200, SpreadInstance);
        withoutSpare.Service("worker", 6, 50, 200, BinpackMemory);
        withoutSpare.Tasks("api", "i-full", 2, cpu: 256);
        withoutSpare.Tasks("worker", "i-full", 4, cpu: 256);
        withoutSpare.Tasks("worker", "i-light", 2, cpu: 256);

        var both = RebalancePlanner.Plan(withSpare.Snapshot(), NoneProtected, UncappedOptions, Now);
        var spreadOnly = RebalancePlanner.Plan(withoutSpare.Snapshot(), NoneProtected, UncappedOptions, Now);

        Assert.Contains(both.Moves, m => (m.Kind, m.ToEc2InstanceId) == (MoveKind.Spread, "i-spare"));
        Assert.Contains(both.Moves, m => (m.Kind, m.FromEc2InstanceId) == (MoveKind.Consolidate, "i-light"));
        Assert.DoesNotContain(both.Moves, m => m.ToEc2InstanceId == "i-light");
        var onlyMove = Assert.Single(spreadOnly.Moves);
        Assert.Equal((MoveKind.Spread, "i-full", "i-light"), (onlyMove.Kind, onlyMove.FromEc2InstanceId, onlyMove.ToEc2InstanceId));
        Assert.Equal(0, spreadOnly.ScoreAfter, 9);
    }

    [Fact]
    public void Moves_that_would_not_free_an_instance_are_not_planned()
    {
        var cluster = Consolidatable();
        cluster.Service("batch", 1, 0, 200, SpreadInstance);
        cluster.Task("batch", "i-light");

        var plan = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions, Now);

        Assert.True(plan.IsEmpty);
        Assert.Equal(0, plan.ScoreBefore, 9);
    }

    [Fact]
    public void An_instance_is_freed_whole_or_not_at_all()
    {
        var snapshot = Consolidatable().Snapshot();
        var protectedTask = snapshot.Tasks.First(t => t.ContainerInstanceArn == snapshot.Instances[1].Arn);

        var withProtected = RebalancePlanner.Plan(snapshot, new HashSet<string> { protectedTask.Arn }, UncappedOptions, Now);
        var capped = RebalancePlanner.Plan(snapshot, NoneProtected, UncappedOptions with { MaxTasksPerInstancePerWave = 1 }, Now);

        Assert.True(withProtected.IsEmpty);
        Assert.True(capped.IsEmpty);
        Assert.Contains(capped.LimitsReached, l => l.Contains("freeing it takes 2 stops", StringComparison.Ordinal));
    }

    [Fact]
    public void After_a_zone_spread_the_tasks_are_packed_within_their_zone()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a-full", "us-east-1a");
        cluster.Instance("i-a-light", "us-east-1a");
        cluster.Instance("i-b-full", "us-east-1b");
        cluster.Service("web", 2, 0, 200, SpreadInstance);
        cluster.Service("worker", 4, 50, 200, SpreadZone, BinpackMemory);
        cluster.Task("web", "i-a-full");
        cluster.Task("web", "i-b-full");
        cluster.Task("worker", "i-a-full", 256);
        cluster.Task("worker", "i-a-light", 256);
        cluster.Tasks("worker", "i-b-full", 2, cpu: 256);

        var plan = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions, Now);

        var move = Assert.Single(plan.Moves);
        Assert.Equal(("i-a-light", "i-a-full"), (move.FromEc2InstanceId, move.ToEc2InstanceId));
    }

    [Fact]
    public void The_measured_score_counts_tasks_on_freeable_instances()
    {
        var measurement = ClusterMeasurer.Measure(Consolidatable().Snapshot());

        Assert.Equal(2.0 / 7, measurement.ImbalanceScore!.Value, 9);
    }
}
