using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Rebalance settings. Caps are per wave (one invocation stops at most one wave of tasks);
/// a rebalance is at most <see cref="MaxWaves"/> waves.
/// </summary>
public sealed record RebalanceOptions
{
    /// <summary>Service tag that opts a service out when its value is "off".</summary>
    public const string OptOutTagKey = "ecs-scaling:rebalance";

    public const string OptOutTagValue = "off";

    /// <summary>Every StopTask reason starts with this, so tasks we stopped can be found and explained.</summary>
    public const string StopReasonPrefix = "ecs-scaling rebalance";

    public IReadOnlyList<string> Clusters { get; init; } = [];

    /// <summary>Alarms whose transition into ALARM starts a rebalance of every configured cluster.</summary>
    public IReadOnlySet<string> AlarmNames { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether a scheduled tick may start a rebalance (ticks always continue a wave in progress).</summary>
    public bool StartOnSchedule { get; init; }

    public TimeSpan Cooldown { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Stop once the imbalance score is at or below this.</summary>
    public double TargetScore { get; init; } = 0.15;

    public TimeSpan MinTaskAge { get; init; } = TimeSpan.FromMinutes(10);

    public int MaxTasksPerWave { get; init; } = 20;

    public int MaxTasksPerServicePerWave { get; init; } = 2;

    public int MaxTasksPerInstancePerWave { get; init; } = 3;

    public int MaxWaves { get; init; } = 5;

    /// <summary>A wave whose replacements are not all RUNNING by then is aborted.</summary>
    public TimeSpan WaveTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Lets a wave drain the most loaded instance (and reactivate it on the next invocation) when
    /// its services have no stop budget (minimum healthy 100%) but can surge (maximum above 100%).
    /// </summary>
    public bool AllowInstanceDrain { get; init; }

    /// <summary>
    /// How many instances may be disrupted at once: spread moves and the instance drain are the
    /// rebalance reason, freeing instances the consolidation reason. A wave moves less, or waits.
    /// </summary>
    public DisruptionBudgets DisruptionBudgets { get; init; } = DisruptionBudgets.None;
}
