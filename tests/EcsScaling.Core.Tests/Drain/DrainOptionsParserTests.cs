using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Drain;

public class DrainOptionsParserTests
{
    private static Dictionary<string, string?> Minimal() => new(StringComparer.Ordinal)
    {
        [ManagedClusters.Variable] = "prod, arn:aws:ecs:us-east-1:123456789012:cluster/batch",
        [DrainVariables.AutoScalingGroups] = "asg-a,asg-b",
    };

    private static ConfigurationException Invalid(params (string Name, string? Value)[] overrides)
    {
        var env = Minimal();
        foreach (var (name, value) in overrides)
        {
            env[name] = value;
        }

        return Assert.Throws<ConfigurationException>(() => DrainOptionsParser.Parse(env));
    }

    [Fact]
    public void Manual_commands_need_the_clusters_only_and_the_drain_function_the_groups_too()
    {
        var clustersOnly = new Dictionary<string, string?>(StringComparer.Ordinal) { [ManagedClusters.Variable] = "prod" };

        var manual = DrainOptionsParser.ParseForManualCommands(clustersOnly);
        var error = Assert.Throws<ConfigurationException>(() => DrainOptionsParser.Parse(clustersOnly));

        Assert.Equal(["prod"], manual.Clusters);
        Assert.Empty(manual.AutoScalingGroups);
        Assert.Contains($"{DrainVariables.AutoScalingGroups}: is required", error.Message, StringComparison.Ordinal);
        Assert.Throws<ConfigurationException>(() => DrainOptionsParser.ParseForManualCommands(new Dictionary<string, string?>(StringComparer.Ordinal)));
    }

    [Fact]
    public void Sane_defaults_for_everything_but_clusters_and_groups()
    {
        var options = DrainOptionsParser.Parse(Minimal());

        Assert.Equal(["prod", "arn:aws:ecs:us-east-1:123456789012:cluster/batch"], options.Clusters);
        Assert.Equal(["asg-a", "asg-b"], options.AutoScalingGroups);
        Assert.Equal(["ecs-scaling-drain"], options.TerminateHookNames);
        Assert.Empty(options.LaunchHookNames);
        Assert.Equal(TimeSpan.FromMinutes(10), options.StandaloneTaskGrace);
        Assert.Equal(TimeSpan.FromHours(2), options.MaxDrainTime);
        Assert.Equal(LifecycleResult.Continue, options.MaxDrainTimeResult);
        Assert.Equal(InterruptionBehaviour.Drain, options.SpotInterruption);
        Assert.Equal(InterruptionBehaviour.Ignore, options.RebalanceRecommendation);
        Assert.Empty(options.ProtectedGroups);
        Assert.Equal(TimeSpan.FromMinutes(2), options.HeartbeatMargin);
        Assert.Equal(TimeSpan.FromMinutes(1), options.SweepInterval);
        Assert.Equal(10, options.RecommendationMaxSharePercent);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("ten")]
    public void The_recommendation_share_is_a_percent(string value) =>
        Assert.Contains(DrainVariables.RecommendationMaxShare, Invalid((DrainVariables.RecommendationMaxShare, value)).Message, StringComparison.Ordinal);

    [Fact]
    public void Reads_every_variable()
    {
        var env = Minimal();
        env[DrainVariables.LaunchHooks] = "launch";
        env[DrainVariables.StandaloneTaskGrace] = "90s";
        env[DrainVariables.MaxDrainTime] = "1h30m";
        env[DrainVariables.MaxDrainTimeResult] = "abandon";
        env[DrainVariables.SpotInterruption] = "IGNORE";
        env[DrainVariables.RebalanceRecommendation] = "drain";
        env[DrainVariables.ProtectedGroups] = "asg-b";
        env[DrainVariables.HeartbeatMargin] = "300";
        env[DrainVariables.SweepInterval] = "5m";

        var options = DrainOptionsParser.Parse(env);

        Assert.Equal(["launch"], options.LaunchHookNames);
        Assert.Equal((90, 90, LifecycleResult.Abandon), (options.StandaloneTaskGrace.TotalSeconds, options.MaxDrainTime.TotalMinutes, options.MaxDrainTimeResult));
        Assert.Equal((InterruptionBehaviour.Ignore, InterruptionBehaviour.Drain), (options.SpotInterruption, options.RebalanceRecommendation));
        Assert.True(options.ProtectsGroup("asg-b"));
        Assert.False(options.ProtectsGroup("asg-a"));
        Assert.Equal((300, 5), (options.HeartbeatMargin.TotalSeconds, options.SweepInterval.TotalMinutes));
    }

    [Fact]
    public void A_bad_duration_is_named_with_its_variable_and_value()
    {
        var error = Invalid((DrainVariables.MaxDrainTime, "90x"));

        Assert.Equal("ECS_SCALING_MAX_DRAIN_TIME: '90x' is not a duration (use 90s, 15m, 2h, 1h30m or a number of seconds).", Assert.Single(error.Problems));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Invalid(
            (ManagedClusters.Variable, " "),
            (DrainVariables.MaxDrainTimeResult, "maybe"),
            (DrainVariables.SpotInterruption, "panic"),
            (DrainVariables.ProtectedGroups, "asg-z"),
            (DrainVariables.SweepInterval, "10s"));

        Assert.Equal(5, error.Problems.Count);
        Assert.Contains("ECS_SCALING_CLUSTERS: is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("ECS_SCALING_MAX_DRAIN_TIME_RESULT: 'maybe' is not one of CONTINUE, ABANDON.", error.Problems);
        Assert.Contains("ECS_SCALING_SPOT_INTERRUPTION: 'panic' is not one of drain, ignore.", error.Problems);
        Assert.Contains("ECS_SCALING_SCALE_IN_PROTECTION_ASG_NAMES: 'asg-z' is not in ECS_SCALING_ASG_NAMES.", error.Problems);
        Assert.Contains("ECS_SCALING_SWEEP_INTERVAL: '10s' is shorter than the minimum 1m.", error.Problems);
    }

    [Fact]
    public void The_ECS_managed_draining_hook_can_never_be_configured_as_ours()
    {
        var error = Invalid((DrainVariables.TerminateHooks, "ours," + DrainOptions.EcsManagedHookName));
        var launch = Invalid((DrainVariables.LaunchHooks, DrainOptions.EcsManagedHookName));

        Assert.StartsWith("ECS_SCALING_TERMINATE_HOOK_NAMES: 'ecs-managed-draining-termination-hook' belongs to ECS managed draining", Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.StartsWith("ECS_SCALING_LAUNCH_HOOK_NAMES: 'ecs-managed-draining-termination-hook' belongs to ECS managed draining", Assert.Single(launch.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_variable_is_documented_with_a_parseable_default()
    {
        Assert.Equal(18, DrainVariables.All.Count);
        Assert.All(DrainVariables.All, v => Assert.StartsWith("ECS_SCALING_", v.Name, StringComparison.Ordinal));
        Assert.Equal(DrainVariables.All.Count, DrainVariables.All.Select(v => v.Name).Distinct().Count());
    }

    [Fact]
    public void A_bad_disruption_budget_fails_the_drain_settings_with_the_others()
    {
        var error = Invalid(("ECS_SCALING_DISRUPTION_BUDGETS", "spot=1"));

        Assert.StartsWith("ECS_SCALING_DISRUPTION_BUDGETS: budget 'spot=1': 'spot' is not a reason", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("two")]
    public void A_queue_concurrency_below_Lambdas_minimum_of_2_or_not_a_number_is_refused_by_name(string value)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ManagedClusters.Variable] = "prod", [DrainVariables.AutoScalingGroups] = "asg", [DrainVariables.QueueConcurrency] = value,
        };

        var error = Assert.ThrowsAny<Exception>(() => DrainOptionsParser.Parse(environment));

        Assert.Contains(DrainVariables.QueueConcurrency, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, DrainOptionsParser.Parse(new Dictionary<string, string?>(environment) { [DrainVariables.QueueConcurrency] = null }).QueueConcurrency);
        Assert.Equal(7, DrainOptionsParser.Parse(new Dictionary<string, string?>(environment) { [DrainVariables.QueueConcurrency] = "7" }).QueueConcurrency);
    }
}
