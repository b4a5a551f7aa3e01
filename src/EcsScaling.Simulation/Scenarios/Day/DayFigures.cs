namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>Ours, ECS alone and (where it has one) the packing bound for one figure of the day.</summary>
public sealed record DayComparison(double Ours, double EcsAlone, double? Bound = null);

/// <summary>
/// The day's headline figures, computed from its minutes so the table, the JSON and the report agree:
/// instance-hours (each minute's instances count a sixtieth of an hour) and service-minutes short
/// (a service's minute where fewer tasks run than its desired count, each setup against its own desired).
/// </summary>
public sealed record DayFigures(DayComparison InstanceHours, DayComparison ServiceMinutesShort, IReadOnlyDictionary<string, DayComparison> ServiceMinutesShortByService)
{
    public static DayFigures From(DayTimeline day)
    {
        var minutes = day.Minutes;
        var instanceHours = new DayComparison(
            minutes.Sum(m => m.InstancesOurs) / 60.0,
            minutes.Sum(m => m.InstancesEcsAlone) / 60.0,
            minutes.Sum(m => m.InstancesBound) / 60.0);

        var byService = day.Services.ToDictionary(
            name => name,
            name => new DayComparison(
                minutes.Count(m => Of(m, name).RunningOurs < Of(m, name).DesiredOurs),
                minutes.Count(m => Of(m, name).RunningEcsAlone < Of(m, name).DesiredEcsAlone)),
            StringComparer.Ordinal);
        var shortTotal = new DayComparison(byService.Values.Sum(s => s.Ours), byService.Values.Sum(s => s.EcsAlone));
        return new DayFigures(instanceHours, shortTotal, byService);
    }

    /// <summary>A service's counts in a minute; every minute must carry every service the timeline names.</summary>
    public static ServiceMinute Of(DayMinute minute, string service) =>
        minute.Services.TryGetValue(service, out var counts)
            ? counts
            : throw new ArgumentException($"day timeline minute {minute.Minute} has no counts for service '{service}'", nameof(minute));
}
