using EcsScaling.Core.Rebalance;

namespace EcsScaling.Core.Tests.Rebalance;

public class RebalanceOptionsParserTests
{
    [Fact]
    public void Defaults_apply_when_only_the_clusters_are_given()
    {
        var options = RebalanceOptionsParser.Parse(new Dictionary<string, string?> { [RebalanceOptionsParser.Clusters] = " prod , staging ,prod" });

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
            ["REBALANCE_CLUSTERS"] = "prod",
            ["REBALANCE_ALARM_NAMES"] = "a,b",
            ["REBALANCE_START_ON_SCHEDULE"] = "true",
            ["REBALANCE_COOLDOWN_MINUTES"] = "45",
            ["REBALANCE_TARGET_SCORE"] = "0.3",
            ["REBALANCE_MIN_TASK_AGE_MINUTES"] = "0",
            ["REBALANCE_MAX_TASKS_PER_WAVE"] = "7",
            ["REBALANCE_MAX_TASKS_PER_SERVICE"] = "3",
            ["REBALANCE_MAX_TASKS_PER_INSTANCE"] = "4",
            ["REBALANCE_MAX_WAVES"] = "9",
            ["REBALANCE_WAVE_TIMEOUT_MINUTES"] = "20",
            ["REBALANCE_ALLOW_INSTANCE_DRAIN"] = "True",
        });

        Assert.Equal(new RebalanceOptions
        {
            Clusters = options.Clusters, AlarmNames = options.AlarmNames, StartOnSchedule = true, Cooldown = TimeSpan.FromMinutes(45), TargetScore = 0.3,
            MinTaskAge = TimeSpan.Zero, MaxTasksPerWave = 7, MaxTasksPerServicePerWave = 3, MaxTasksPerInstancePerWave = 4, MaxWaves = 9,
            WaveTimeout = TimeSpan.FromMinutes(20), AllowInstanceDrain = true,
        }, options);
        Assert.Equal(["a", "b"], options.AlarmNames.Order());
        Assert.Equal(12, RebalanceOptionsParser.VariableNames.Count);
    }

    [Fact]
    public void Every_bad_value_is_named_in_one_error()
    {
        var error = Assert.Throws<RebalanceOptionsException>(() => RebalanceOptionsParser.Parse(new Dictionary<string, string?>
        {
            ["REBALANCE_MAX_TASKS_PER_WAVE"] = "0",
            ["REBALANCE_TARGET_SCORE"] = "high",
            ["REBALANCE_ALLOW_INSTANCE_DRAIN"] = "yes",
        }));

        Assert.Equal(4, error.Problems.Count);
        Assert.Contains("REBALANCE_MAX_TASKS_PER_WAVE='0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("REBALANCE_TARGET_SCORE='high'", error.Message, StringComparison.Ordinal);
        Assert.Contains("REBALANCE_ALLOW_INSTANCE_DRAIN='yes'", error.Message, StringComparison.Ordinal);
        Assert.Contains("REBALANCE_CLUSTERS is required", error.Message, StringComparison.Ordinal);
    }
}
