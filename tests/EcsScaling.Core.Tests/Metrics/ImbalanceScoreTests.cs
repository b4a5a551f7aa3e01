using EcsScaling.Core.Metrics;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Core.Tests.Rebalance;
using static EcsScaling.Core.Tests.Rebalance.ClusterBuilder;

namespace EcsScaling.Core.Tests.Metrics;

public class ImbalanceScoreTests
{
    [Fact]
    public void Zero_when_each_service_is_placed_as_its_strategy_asks_even_with_empty_instances()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-1");
        cluster.Instance("i-2");
        cluster.Instance("i-3");
        cluster.Service("web", 2, 50, 200, SpreadInstance);
        cluster.Task("web", "i-1");
        cluster.Task("web", "i-2");

        Assert.Equal(0, ImbalanceScore.Of(cluster.Snapshot()));
    }

    [Fact]
    public void Counts_the_fewest_tasks_that_would_have_to_move_for_an_even_spread()
    {
        // Seven tasks over three instances want 3-2-2: from 6-1-0, three must move (all off i-1).
        var cluster = new ClusterBuilder();
        cluster.Instance("i-1");
        cluster.Instance("i-2");
        cluster.Instance("i-3");
        cluster.Service("web", 7, 50, 200, SpreadInstance);
        cluster.Tasks("web", "i-1", 6, cpu: 256);
        cluster.Task("web", "i-2", 256);

        Assert.Equal(3.0 / 7, ImbalanceScore.Of(cluster.Snapshot()), 9);
    }

    [Fact]
    public void Without_a_strategy_zones_come_first_then_instances_within_each_zone()
    {
        // Default: 2-2 across zones is even; within us-east-1a both on one instance is one misplaced.
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a1", "us-east-1a");
        cluster.Instance("i-a2", "us-east-1a");
        cluster.Instance("i-b1", "us-east-1b");
        cluster.Service("api", 4);
        cluster.Tasks("api", "i-a1", 2);
        cluster.Tasks("api", "i-b1", 2);

        Assert.Equal(1.0 / 4, ImbalanceScore.Of(cluster.Snapshot()), 9);
    }

    [Fact]
    public void Daemon_and_opted_out_services_are_not_scored()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-1");
        cluster.Instance("i-2");
        cluster.Service(Fakes.Build.Service("agent", 0) with { SchedulingStrategy = SchedulingStrategy.Daemon });
        cluster.Service(Fakes.Build.Service("legacy", 4) with { PlacementStrategies = [SpreadInstance], Tags = new Dictionary<string, string> { [RebalanceOptions.OptOutTagKey] = "off" } });
        cluster.Task("agent", "i-1", 64);
        cluster.Tasks("legacy", "i-1", 4);

        Assert.Equal(0, ImbalanceScore.Of(cluster.Snapshot()));
    }

    [Fact]
    public void Needs_the_tasks() =>
        Assert.Throws<ArgumentException>(() => ImbalanceScore.Of(new ClusterBuilder().Snapshot() with { TasksLoaded = false }));
}
