using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Rebalance;

/// <summary>Reads <see cref="RebalanceOptions"/> from environment variables, reporting every bad value at once.</summary>
public static class RebalanceOptionsParser
{
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
        ManagedClusters.Variable, AlarmNames, StartOnSchedule, CooldownMinutes, TargetScore, MinTaskAgeMinutes,
        MaxTasksPerWave, MaxTasksPerService, MaxTasksPerInstance, MaxWaves, WaveTimeoutMinutes, AllowInstanceDrain,
        DisruptionBudgetsParser.Variable,
    ];

    public static RebalanceOptions Parse(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        var defaults = new RebalanceOptions();
        var clusters = ManagedClusters.Read(reader);
        var options = new RebalanceOptions
        {
            Clusters = clusters,
            AlarmNames = reader.Names(AlarmNames).ToHashSet(StringComparer.Ordinal),
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
            DisruptionBudgets = DisruptionBudgetsParser.Read(reader, ManagedClusters.OfValid(clusters)),
        };
        return reader.Checked("rebalance", options);
    }
}
