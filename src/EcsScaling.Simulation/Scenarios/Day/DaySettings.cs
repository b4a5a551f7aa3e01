using EcsScaling.Simulation.Load;

namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>What a day-long comparison runs: the load, how long, how big, and the policy document both setups' service policies come from.</summary>
public sealed record DaySettings(LoadCurve Curve, string PolicyDocumentJson)
{
    public int Minutes { get; init; } = 24 * 60;

    /// <summary>Multiplies every service's demand (and the group's maximum size).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>Minute the unexpected surge starts, when the curve has one; the surge figures need it.</summary>
    public int? SurgeStart { get; init; }

    public int SurgeMinutes { get; init; } = 20;

    /// <summary>Faults and event delivery, the same for both setups.</summary>
    public SimulationOptions Options { get; init; } = new();

    /// <summary>The built-in day: the diurnal curve with a 5× surge of 20 minutes starting, by seed, between 13:30 and 16:00.</summary>
    public static DaySettings Diurnal(int seed, string policyDocumentJson)
    {
        var surge = (13 * 60) + 30 + (Math.Abs(seed * 37) % 150);
        return new DaySettings(LoadCurve.Diurnal(surge, 20, 5), policyDocumentJson) { SurgeStart = surge };
    }
}
