using System.Globalization;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Rebalance;

/// <summary>The environment variables of the rebalance function, for README and template.yaml (copy from <see cref="All"/>).</summary>
public static class RebalanceVariables
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

    /// <summary>The defaults are those of <see cref="RebalanceOptions"/>, written as a variable would give them.</summary>
    public static IReadOnlyList<ConfigurationVariable> All { get; } = List(new RebalanceOptions());

    private static ConfigurationVariable[] List(RebalanceOptions defaults) =>
    [
        new(ManagedClusters.Variable, null, ManagedClusters.Description),
        new(AlarmNames, "", "Alarms whose transition to ALARM starts a rebalance."),
        new(StartOnSchedule, Text(defaults.StartOnSchedule), "Whether a scheduled run may start a rebalance (it always continues one in progress)."),
        new(CooldownMinutes, Text(defaults.Cooldown.TotalMinutes), "No new rebalance of a cluster within this many minutes of the last."),
        new(TargetScore, Text(defaults.TargetScore), "Stop once the imbalance score is at or below this."),
        new(MinTaskAgeMinutes, Text(defaults.MinTaskAge.TotalMinutes), "Tasks younger than this are never moved."),
        new(MaxTasksPerWave, Text(defaults.MaxTasksPerWave), "Cap on tasks stopped per wave."),
        new(MaxTasksPerService, Text(defaults.MaxTasksPerServicePerWave), "Cap per service per wave."),
        new(MaxTasksPerInstance, Text(defaults.MaxTasksPerInstancePerWave), "Cap per source instance per wave."),
        new(MaxWaves, Text(defaults.MaxWaves), "Waves per rebalance."),
        new(WaveTimeoutMinutes, Text(defaults.WaveTimeout.TotalMinutes), "A wave whose replacements are not all RUNNING by then is aborted."),
        new(AllowInstanceDrain, Text(defaults.AllowInstanceDrain), "When services have no stop budget but can surge, briefly drain the most loaded instance instead."),
        new(DisruptionBudgetsParser.Variable, "", "Disruption budgets: a wave moves less, or waits."),
    ];

    private static string Text(bool value) => value ? "true" : "false";

    private static string Text(double value) => value.ToString(CultureInfo.InvariantCulture);
}
