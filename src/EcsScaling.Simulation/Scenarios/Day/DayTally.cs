namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>
/// The figures a day's minutes alone give, so the table, the JSON and the report agree: instance-hours
/// (each minute's instances count a sixtieth of an hour) and service-minutes short (a service's minute
/// where fewer tasks run than its desired count, each setup against its own desired).
/// </summary>
public sealed record DayTally(InstanceHours InstanceHours, OursVersusEcsAlone ServiceMinutesShort, IReadOnlyDictionary<string, OursVersusEcsAlone> ServiceMinutesShortByService)
{
    public static DayTally From(DayTimeline day)
    {
        var minutes = day.Minutes;
        var instanceHours = new InstanceHours(
            minutes.Sum(m => m.InstancesOurs) / 60.0,
            minutes.Sum(m => m.InstancesEcsAlone) / 60.0,
            minutes.Sum(m => m.InstancesBound) / 60.0);

        var byService = day.Services.ToDictionary(
            name => name,
            name => new OursVersusEcsAlone(
                minutes.Count(m => Of(m, name).RunningOurs < Of(m, name).DesiredOurs),
                minutes.Count(m => Of(m, name).RunningEcsAlone < Of(m, name).DesiredEcsAlone)),
            StringComparer.Ordinal);
        var shortTotal = new OursVersusEcsAlone(byService.Values.Sum(s => s.Ours), byService.Values.Sum(s => s.EcsAlone));
        return new DayTally(instanceHours, shortTotal, byService);
    }

    /// <summary>A service's counts in a minute; every minute must carry every service the timeline names.</summary>
    public static ServiceMinute Of(DayMinute minute, string service) =>
        minute.Services.TryGetValue(service, out var counts)
            ? counts
            : throw new ArgumentException($"day timeline minute {minute.Minute} has no counts for service '{service}'", nameof(minute));
}
