using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using static EcsScaling.Core.Tests.Rebalance.ClusterBuilder;
using static EcsScaling.Core.Tests.Rebalance.RebalanceWorlds;

namespace EcsScaling.Core.Tests.Rebalance;

public class RebalancePlannerTests
{

    [Fact]
    public void Spread_service_moves_from_packed_to_new_instances_and_explains_each_move()
    {
        var cluster = AfterScaleOut(SpreadInstance);

        var plan = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions, Now);

        Assert.Equal(4, plan.Moves.Count);
        Assert.All(plan.Moves, m => Assert.StartsWith("i-old", m.FromEc2InstanceId, StringComparison.Ordinal));
        Assert.All(plan.Moves, m => Assert.StartsWith("i-new", m.ToEc2InstanceId, StringComparison.Ordinal));
        Assert.Equal(0, plan.ScoreAfter, 6);
        Assert.Equal(0.5, plan.ScoreBefore, 6);
        Assert.All(plan.Moves, m => Assert.Equal(MoveKind.Spread, m.Kind));
        var first = plan.Moves[0];
        Assert.Contains(first.FromEc2InstanceId, first.Why, StringComparison.Ordinal);
        Assert.Contains(first.ToEc2InstanceId, first.Why, StringComparison.Ordinal);
        Assert.Contains("spread(instanceId)", first.Why, StringComparison.Ordinal);
        Assert.True(first.ScoreAfter < first.ScoreBefore);
    }

    [Fact]
    public void Zone_spread_keeps_each_move_inside_its_zone()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-a1", "us-east-1a");
        cluster.Instance("i-a2", "us-east-1a");
        cluster.Instance("i-b1", "us-east-1b");
        cluster.Instance("i-b2", "us-east-1b");
        cluster.Service("api", 8);
        cluster.Tasks("api", "i-a1", 4);
        cluster.Tasks("api", "i-b1", 4);

        var plan = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions, Now);

        Assert.NotEmpty(plan.Moves);
        Assert.All(plan.Moves, m => Assert.Equal(m.FromZone, m.ToZone));
    }

    [Fact]
    public void Floor_limits_stops_per_wave_and_is_reported()
    {
        var cluster = AfterScaleOut(SpreadInstance);

        var plan = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions with { MaxTasksPerServicePerWave = 10 }, Now);
        var tight = PackedOnOne(newInstances: 1, minHealthy: 75);

        var tightPlan = RebalancePlanner.Plan(tight.Snapshot(), NoneProtected, UncappedOptions, Now);

        Assert.Equal(4, plan.Moves.Count);
        Assert.Single(tightPlan.Moves);
        Assert.Contains(tightPlan.LimitsReached, l => l.Contains("stop budget of 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Service_at_minimum_healthy_100_is_skipped_with_the_drain_hint()
    {
        var cluster = PackedOnOne(newInstances: 1, minHealthy: 100);

        var plan = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions, Now);

        Assert.True(plan.IsEmpty);
        var skipped = Assert.Single(plan.SkippedServices);
        Assert.Contains("no stop budget", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains(RebalanceVariables.AllowInstanceDrain, skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Drain_mode_drains_the_most_loaded_instance_only_when_enabled_and_ECS_can_surge()
    {
        var cluster = PackedOnOne(newInstances: 2, minHealthy: 100);
        var frozen = PackedOnOne(newInstances: 1, minHealthy: 100, maxPercent: 100);
        var drainOn = UncappedOptions with { AllowInstanceDrain = true };

        var off = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions, Now);
        var on = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, drainOn, Now);
        var hundredHundred = RebalancePlanner.Plan(frozen.Snapshot(), NoneProtected, drainOn, Now);

        Assert.Null(off.Drain);
        Assert.NotNull(on.Drain);
        Assert.Equal("i-old1", on.Drain.Ec2InstanceId);
        Assert.Equal(4, on.Drain.TasksToReplace);
        Assert.True(on.ScoreAfter < on.ScoreBefore);
        Assert.Null(hundredHundred.Drain);
        Assert.Contains("maximumPercent 100", Assert.Single(hundredHundred.SkippedServices).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("daemon")]
    [InlineData("deploying")]
    [InlineData("opted-out")]
    [InlineData("random")]
    [InlineData("memberOf")]
    public void Excluded_services_are_not_moved_and_say_why(string kind)
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-old1");
        cluster.Instance("i-new1");
        var service = Fakes.Build.Service("web", 4, 50, 200);
        cluster.Service(kind switch
        {
            "daemon" => service with { SchedulingStrategy = SchedulingStrategy.Daemon },
            "deploying" => service with { ActiveDeployments = 2 },
            "opted-out" => service with { Tags = new Dictionary<string, string> { [RebalanceOptions.OptOutTagKey] = "off" } },
            "random" => service with { PlacementStrategies = [new PlacementStrategy("random", null)] },
            _ => service with { PlacementConstraints = [new PlacementConstraint("memberOf", "attribute:ecs.instance-type =~ t3.*")] },
        });
        cluster.Tasks("web", "i-old1", 4);

        var plan = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions, Now);

        Assert.Empty(plan.Moves);
        Assert.Equal("web", Assert.Single(plan.SkippedServices).Service);
        Assert.Equal(4, plan.ExcludedTasks["service skipped (see skippedServices)"]);
    }

    [Fact]
    public void Protected_young_and_starting_tasks_are_never_moved()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-old1");
        cluster.Instance("i-new1");
        // Three RUNNING and one starting: a pending task beyond desired must not make the service look unsteady.
        cluster.Service("web", 3, 0, 200, SpreadInstance);
        var protectedTask = cluster.Task("web", "i-old1");
        cluster.Task("web", "i-old1", age: TimeSpan.FromMinutes(2));
        cluster.Task("web", "i-old1", lastStatus: EcsTaskStatus.Pending);
        var movable = cluster.Task("web", "i-old1");
        cluster.Task("family:batch", "i-old1", cpu: 2048);

        var plan = RebalancePlanner.Plan(cluster.Snapshot(), new HashSet<string> { protectedTask.Arn }, UncappedOptions, Now);

        Assert.Equal(movable.Arn, Assert.Single(plan.Moves).TaskArn);
        Assert.Equal(1, plan.ExcludedTasks["task scale-in protection enabled"]);
        Assert.Equal(1, plan.ExcludedTasks["younger than 10 minutes"]);
        Assert.Equal(1, plan.ExcludedTasks["not RUNNING yet"]);
        Assert.Equal(1, plan.ExcludedTasks["standalone task (no service to replace it)"]);
    }

    [Fact]
    public void Caps_per_wave_service_and_instance_are_respected()
    {
        var cluster = AfterScaleOut(SpreadInstance);
        cluster.Service("api", 8, 50, 200, SpreadInstance);
        cluster.Tasks("api", "i-old1", 4, cpu: 256);
        cluster.Tasks("api", "i-old2", 4, cpu: 256);

        var perService = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions with { MaxTasksPerServicePerWave = 1 }, Now);
        var perInstance = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions with { MaxTasksPerInstancePerWave = 1 }, Now);
        var perWave = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions with { MaxTasksPerWave = 3 }, Now);

        Assert.All(perService.Moves.GroupBy(m => m.Service), g => Assert.Single(g));
        Assert.All(perInstance.Moves.GroupBy(m => m.FromEc2InstanceId), g => Assert.Single(g));
        Assert.Equal(3, perWave.Moves.Count);
        Assert.Contains(perWave.LimitsReached, l => l.Contains(RebalanceVariables.MaxTasksPerWave, StringComparison.Ordinal));
    }

    [Fact]
    public void Balanced_or_within_target_cluster_gets_an_empty_plan()
    {
        var cluster = new ClusterBuilder();
        cluster.Instance("i-1");
        cluster.Instance("i-2");
        cluster.Service("web", 4, 50, 200, SpreadInstance);
        cluster.Tasks("web", "i-1", 2);
        cluster.Tasks("web", "i-2", 2);
        var packed = AfterScaleOut(SpreadInstance);

        var balanced = RebalancePlanner.Plan(cluster.Snapshot(), NoneProtected, UncappedOptions, Now);
        var lenient = RebalancePlanner.Plan(packed.Snapshot(), NoneProtected, UncappedOptions with { TargetScore = 5 }, Now);

        Assert.True(balanced.IsEmpty);
        Assert.True(lenient.IsEmpty);
    }

    [Fact]
    public void Planning_without_tasks_is_refused_clearly()
    {
        var snapshot = AfterScaleOut().Snapshot() with { TasksLoaded = false };

        var error = Assert.Throws<ArgumentException>(() => RebalancePlanner.Plan(snapshot, NoneProtected, UncappedOptions, Now));

        Assert.Contains("includeTasks", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// The whole plan (every move, its scores and reason, the drain, the final score) on seeded
    /// clusters, capped and uncapped, as the planner gave it before the freeable re-check became
    /// incremental: a faster re-check must not change a single move.
    /// </summary>
    [Theory]
    [InlineData(1, 60, "14:1E2CE65526324B08 22:AE4E032C0D54133B")]
    [InlineData(2, 150, "19:CAAAE2545A95D582 59:1B5C08EDE1A2AD93")]
    [InlineData(3, 300, "20:1F34517F9F7A1DBA 137:4767D97D5F2E875A")]
    [InlineData(24, 40, "12:32B0C8552F2554B4 12:32B0C8552F2554B4")]
    [InlineData(58, 80, "19:A68E07FC976EF047 29:DA300BA86A12D471")]
    [InlineData(5, 150, "20:88F326B481E4B0CC 61:655F39005CAAE8B2")]
    [InlineData(4, 300, "20:146B58464A9FA933 136:A84A8A18110B1E71")]
    public void Plans_on_seeded_clusters_are_the_ones_the_full_re_check_gave(int seed, int instances, string expected)
    {
        var snapshot = SeededScaleOut(seed, instances).Snapshot();
        var options = new RebalanceOptions { TargetScore = 0 };

        var capped = RebalancePlanner.Plan(snapshot, NoneProtected, options, Now);
        var uncapped = RebalancePlanner.Plan(snapshot, NoneProtected, options with { MaxTasksPerWave = int.MaxValue, MaxTasksPerServicePerWave = int.MaxValue, MaxTasksPerInstancePerWave = int.MaxValue }, Now);

        Assert.True(uncapped.Moves.Count(m => m.Kind == MoveKind.Consolidate) > 0 && uncapped.Moves.Count(m => m.Kind == MoveKind.Spread) > 0, "the cluster needs both kinds of move");
        Assert.Equal(expected, Digest(capped) + " " + Digest(uncapped));
    }

    private static string Digest(RebalancePlan plan)
    {
        var text = string.Join("\n", plan.Moves.Select(m => $"{m.TaskArn} {m.FromEc2InstanceId}>{m.ToEc2InstanceId} {m.Kind} {m.ScoreBefore:R} {m.ScoreAfter:R} {m.Why}"))
            + $"\n{plan.Drain?.Ec2InstanceId} {plan.ScoreAfter:R} {plan.Summary}";
        return $"{plan.Moves.Count}:{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16]}";
    }
}
