namespace EcsScaling.Simulation.Scenarios.Day;

public sealed record OursVersusEcsAlone(double Ours, double EcsAlone);

public sealed record InstanceHours(double Ours, double EcsAlone, double Bound)
{
    public double OursToBound => Bound == 0 ? 0 : Ours / Bound;

    /// <summary>Fraction fewer than ECS alone (0.15 = 15 % fewer).</summary>
    public double SavedVersusEcsAlone => EcsAlone == 0 ? 0 : 1 - (Ours / EcsAlone);
}

/// <summary>
/// Minutes from the surge's start until the service ran its new desired count again, and from the minute its desired count
/// first rose (what instance boot time + 3 minutes bounds: the service's own alarm needs three datapoints before it asks);
/// null if its desired count never rose or it never caught up.
/// </summary>
public sealed record SurgeReach(string Service, int? OursMinutes, int? EcsAloneMinutes)
{
    public int? OursFromRise { get; init; }

    public int? EcsAloneFromRise { get; init; }
}

/// <summary>The comparison of one day: every number is computed from the run's samples and results.</summary>
public sealed record DayFigures(
    InstanceHours InstanceHours,
    OursVersusEcsAlone ServiceMinutesShort,
    OursVersusEcsAlone ServiceMinutesOverloaded,
    int FunctionErrors,
    double ApiCallsPerHour,
    double InvocationsPerHour,
    IReadOnlyList<SurgeReach> Surge);
