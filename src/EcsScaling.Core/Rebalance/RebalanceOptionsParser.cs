using System.Globalization;

namespace EcsScaling.Core.Rebalance;

/// <summary>Reads <see cref="RebalanceOptions"/> from environment variables, reporting every bad value at once.</summary>
public static class RebalanceOptionsParser
{
    public const string Clusters = "ECS_SCALING_CLUSTERS";
    public const string AlarmNames = "ECS_SCALING_REBALANCE_ALARM_NAMES";
    public const string StartOnSchedule = "ECS_SCALING_REBALANCE_START_ON_SCHEDULE";
    public const string CooldownMinutes = "ECS_SCALING_REBALANCE_COOLDOWN_MINUTES";
    public const string TargetScore = "ECS_SCALING_REBALANCE_TARGET_SCORE";
    public const string MinTaskAgeMinutes = "ECS_SCALING_REBALANCE_MIN_TASK_AGE_MINUTES";
    public const string MaxTasksPerWave = "ECS_SCALING_REBALANCE_MAX_TASKS_PER_WAVE";
    public const string MaxTasksPerService = "ECS_SCALING_REBALANCE_MAX_TASKS_PER_SERVICE";
    public const string MaxTasksPerInstance = "ECS_SCALING_REBALANCE_MAX_TASKS_PER_INSTANCE";
    public const string MaxWaves = "ECS_SCALING_REBALANCE_MAX_WAVES";
    public const string WaveTimeoutMinutes = "ECS_SCALING_REBALANCE_WAVE_TIMEOUT_MINUTES";
    public const string AllowInstanceDrain = "ECS_SCALING_REBALANCE_ALLOW_INSTANCE_DRAIN";

    /// <summary>Every variable read, for the README and the template.</summary>
    public static IReadOnlyList<string> VariableNames { get; } =
    [
        Clusters, AlarmNames, StartOnSchedule, CooldownMinutes, TargetScore, MinTaskAgeMinutes,
        MaxTasksPerWave, MaxTasksPerService, MaxTasksPerInstance, MaxWaves, WaveTimeoutMinutes, AllowInstanceDrain,
    ];

    public static RebalanceOptions Parse(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        var defaults = new RebalanceOptions();
        var options = new RebalanceOptions
        {
            Clusters = reader.List(Clusters),
            AlarmNames = reader.List(AlarmNames).ToHashSet(StringComparer.Ordinal),
            StartOnSchedule = reader.Bool(StartOnSchedule, defaults.StartOnSchedule),
            Cooldown = reader.Minutes(CooldownMinutes, defaults.Cooldown, min: 0),
            TargetScore = reader.Double(TargetScore, defaults.TargetScore, min: 0),
            MinTaskAge = reader.Minutes(MinTaskAgeMinutes, defaults.MinTaskAge, min: 0),
            MaxTasksPerWave = reader.Int(MaxTasksPerWave, defaults.MaxTasksPerWave, min: 1),
            MaxTasksPerServicePerWave = reader.Int(MaxTasksPerService, defaults.MaxTasksPerServicePerWave, min: 1),
            MaxTasksPerInstancePerWave = reader.Int(MaxTasksPerInstance, defaults.MaxTasksPerInstancePerWave, min: 1),
            MaxWaves = reader.Int(MaxWaves, defaults.MaxWaves, min: 1),
            WaveTimeout = reader.Minutes(WaveTimeoutMinutes, defaults.WaveTimeout, min: 1),
            AllowInstanceDrain = reader.Bool(AllowInstanceDrain, defaults.AllowInstanceDrain),
        };
        if (options.Clusters.Count == 0)
        {
            reader.Problems.Add($"{Clusters} is required: a comma-separated list of cluster names or ARNs");
        }

        if (reader.Problems.Count > 0)
        {
            throw new RebalanceOptionsException(reader.Problems);
        }

        return options;
    }

    private sealed class EnvironmentReader(IReadOnlyDictionary<string, string?> environment)
    {
        public List<string> Problems { get; } = [];

        public List<string> List(string name) =>
            [.. (Value(name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

        public bool Bool(string name, bool fallback) => Value(name) switch
        {
            null => fallback,
            var v when bool.TryParse(v, out var parsed) => parsed,
            var v => Problem(name, v, "true or false", fallback),
        };

        public int Int(string name, int fallback, int min) => Value(name) switch
        {
            null => fallback,
            var v when int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min => parsed,
            var v => Problem(name, v, $"a whole number ≥ {min}", fallback),
        };

        public double Double(string name, double fallback, double min) => Value(name) switch
        {
            null => fallback,
            var v when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && double.IsFinite(parsed) => parsed,
            var v => Problem(name, v, $"a number ≥ {min.ToString(CultureInfo.InvariantCulture)}", fallback),
        };

        public TimeSpan Minutes(string name, TimeSpan fallback, int min) =>
            Value(name) is null ? fallback : TimeSpan.FromMinutes(Int(name, (int)fallback.TotalMinutes, min));

        private string? Value(string name) =>
            environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private T Problem<T>(string name, string value, string expected, T fallback)
        {
            Problems.Add($"{name}='{value}' is not valid: expected {expected}");
            return fallback;
        }
    }
}

public sealed class RebalanceOptionsException(IReadOnlyList<string> problems)
    : Exception("rebalance configuration is invalid: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
