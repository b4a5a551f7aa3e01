namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>
/// What a day-long closed-loop run (e.g. scenario `diurnal`) saw, minute by minute, for ours and for
/// ECS alone from the same seed, with the packing bound beside them. The comparison table, the JSON
/// output and the HTML report all read it, so every figure they show comes from the same run.
/// </summary>
public sealed record DayTimeline(string Scenario, int Seed, IReadOnlyList<string> Services, IReadOnlyList<DayMinute> Minutes, IReadOnlyList<DayMark> Marks);

/// <summary>One virtual minute: the load multiplier, the instances each setup ran, the bound and each service's counts.</summary>
public sealed record DayMinute(
    int Minute,
    double Load,
    int InstancesOurs,
    int InstancesEcsAlone,
    int InstancesBound,
    string Profile,
    IReadOnlyDictionary<string, ServiceMinute> Services);

/// <summary>Desired and running task counts of one service in that minute, ours and ECS alone.</summary>
public sealed record ServiceMinute(int DesiredOurs, int RunningOurs, int DesiredEcsAlone, int RunningEcsAlone);

/// <summary>Something to mark on the time axis: a drain, a rebalance wave, a profile switch, the surge.</summary>
public sealed record DayMark(int Minute, DayMarkKind Kind, string Label);

public enum DayMarkKind
{
    Drain,
    RebalanceWave,
    ProfileSwitch,
    Surge,
}
