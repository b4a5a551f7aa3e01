using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Rebalance;

namespace EcsScaling.Core.Tests.Rebalance;

public class RebalanceOptionsParserTests
{
    [Fact]
    public void Defaults_apply_when_only_the_clusters_are_given()
    {
        var options = RebalanceOptionsParser.Parse(new Dictionary<string, string?> { [ManagedClusters.Variable] = " prod , staging ,prod" });

        Assert.Equal(["prod", "staging"], options.Clusters);
        Assert.Equal(new RebalanceOptions().Cooldown, options.Cooldown);
        Assert.False(options.AllowInstanceDrain);
        Assert.Empty(options.AlarmNames);
    }

    [Fact]
    public void Every_variable_is_read()
    {
        var options = RebalanceOptionsParser.Parse(new Dictionary<string, string?>
        {
            ["ECS_SCALING_CLUSTERS"] = "prod",
            ["ECS_SCALING_REBALANCE_ALARM_NAMES"] = "a,b",
            ["ECS_SCALING_REBALANCE_START_ON_SCHEDULE"] = "true",
            ["ECS_SCALING_REBALANCE_COOLDOWN_MINUTES"] = "45",
            ["ECS_SCALING_REBALANCE_TARGET_SCORE"] = "0.3",
            ["ECS_SCALING_REBALANCE_MIN_TASK_AGE_MINUTES"] = "0",
            ["ECS_SCALING_REBALANCE_MAX_TASKS_PER_WAVE"] = "7",
            ["ECS_SCALING_REBALANCE_MAX_TASKS_PER_SERVICE"] = "3",
            ["ECS_SCALING_REBALANCE_MAX_TASKS_PER_INSTANCE"] = "4",
            ["ECS_SCALING_REBALANCE_MAX_WAVES"] = "9",
            ["ECS_SCALING_REBALANCE_WAVE_TIMEOUT_MINUTES"] = "20",
            ["ECS_SCALING_REBALANCE_ALLOW_INSTANCE_DRAIN"] = "True",
            ["ECS_SCALING_DISRUPTION_BUDGETS"] = "consolidation=1",
        });

        Assert.Equal(new RebalanceOptions
        {
            Clusters = options.Clusters, AlarmNames = options.AlarmNames, StartOnSchedule = true, Cooldown = TimeSpan.FromMinutes(45), TargetScore = 0.3,
            MinTaskAge = TimeSpan.Zero, MaxTasksPerWave = 7, MaxTasksPerServicePerWave = 3, MaxTasksPerInstancePerWave = 4, MaxWaves = 9,
            WaveTimeout = TimeSpan.FromMinutes(20), AllowInstanceDrain = true, DisruptionBudgets = options.DisruptionBudgets,
        }, options);
        Assert.Equal("consolidation=1", Assert.Single(options.DisruptionBudgets.All).Text);
        Assert.Equal(["a", "b"], options.AlarmNames.Order());
        Assert.Equal(13, RebalanceVariables.All.Count);
    }

    [Fact]
    public void Every_bad_value_is_named_in_one_error()
    {
        var error = Assert.Throws<ConfigurationException>(() => RebalanceOptionsParser.Parse(new Dictionary<string, string?>
        {
            ["ECS_SCALING_REBALANCE_MAX_TASKS_PER_WAVE"] = "0",
            ["ECS_SCALING_REBALANCE_TARGET_SCORE"] = "high",
            ["ECS_SCALING_REBALANCE_ALLOW_INSTANCE_DRAIN"] = "yes",
        }));

        Assert.Equal(4, error.Problems.Count);
        Assert.Contains("ECS_SCALING_REBALANCE_MAX_TASKS_PER_WAVE: '0' is not a whole number ≥ 1.", error.Problems);
        Assert.Contains("ECS_SCALING_REBALANCE_TARGET_SCORE: 'high' is not a number ≥ 0.", error.Problems);
        Assert.Contains("ECS_SCALING_REBALANCE_ALLOW_INSTANCE_DRAIN: 'yes' is not true or false.", error.Problems);
        Assert.Contains("ECS_SCALING_CLUSTERS: is required", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Invalid rebalance configuration:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_listed_defaults_are_the_defaults()
    {
        var listed = RebalanceVariables.All.Where(v => v.Default is not null).ToDictionary(v => v.Name, v => v.Default);
        listed[ManagedClusters.Variable] = "prod";

        var options = RebalanceOptionsParser.Parse(listed);

        Assert.Equal(new RebalanceOptions { Clusters = options.Clusters, AlarmNames = options.AlarmNames, DisruptionBudgets = options.DisruptionBudgets }, options);
        Assert.Empty(options.AlarmNames);
        Assert.Empty(options.DisruptionBudgets.All);
    }
}
