using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Tests.Simulate.Report;

/// <summary>
/// A made-up but plausible day for the renderer: night trough, morning ramp, lunch peak, evening shoulder
/// and a 5× surge for 20 minutes at 15:00; ours follows the bound with a short lag, ECS alone holds its
/// peak for hours. Synthetic on purpose: it tests the picture, not the simulator.
/// </summary>
internal static class SyntheticDay
{
    public const int SurgeStart = 15 * 60;
    public const int SurgeEnd = SurgeStart + 20;

    /// <summary>The third name has markup in it: the report must show it as text, never parse it.</summary>
    public static IReadOnlyList<string> Services { get; } = ["web", "api", "<b>worker</b> & \"co\""];

    private static readonly int[] BaseTasks = [12, 8, 5];

    public static DayTimeline Build(int minutes = 1440)
    {
        var bound = new int[minutes];
        var days = new List<DayMinute>(minutes);
        for (var minute = 0; minute < minutes; minute++)
        {
            var load = Load(minute);
            var services = new Dictionary<string, ServiceMinute>(StringComparer.Ordinal);
            var desiredTotal = 0;
            for (var s = 0; s < Services.Count; s++)
            {
                var desired = (int)Math.Ceiling(BaseTasks[s] * load);
                var oursLag = minute is >= SurgeStart and < SurgeStart + 4 ? desired / 2 : desired;
                var ecsLag = minute is >= SurgeStart and < SurgeStart + 9 ? desired / 3 : desired;
                services[Services[s]] = new ServiceMinute(desired, oursLag, desired + (minute % 97 == 0 ? 1 : 0), ecsLag);
                desiredTotal += desired;
            }

            bound[minute] = (desiredTotal + 7) / 8;
            var ours = Enumerable.Range(Math.Max(0, minute - 10), Math.Min(minute, 10) + 1).Max(m => bound[m]) + 1;
            var ecsAlone = Enumerable.Range(Math.Max(0, minute - 180), Math.Min(minute, 180) + 1).Max(m => bound[m]) + 2;
            var profile = minute is >= SurgeStart + 2 and < SurgeStart + 50 ? "surge" : "normal";
            days.Add(new DayMinute(minute, load, ours, ecsAlone, bound[minute], profile, services));
        }

        return new DayTimeline("diurnal", 7, Services, days, Marks().Where(m => m.Minute < minutes).ToList());
    }

    public static double Load(int minute)
    {
        var hour = minute / 60.0;
        var day = 0.3 + (0.7 * Bump(hour, 12.5, 3.5)) + (0.4 * Bump(hour, 12.5, 1.2)) + (0.35 * Bump(hour, 19, 1.5));
        return minute is >= SurgeStart and < SurgeEnd ? day * 5 : day;
    }

    private static double Bump(double hour, double centre, double width) => Math.Exp(-Math.Pow((hour - centre) / width, 2));

    private static IEnumerable<DayMark> Marks()
    {
        yield return new DayMark(SurgeStart, DayMarkKind.Surge, "surge 5× for 20 minutes");
        yield return new DayMark(SurgeStart + 2, DayMarkKind.ProfileSwitch, "normal → surge (alarm:prod-cpu-reservation-high)");
        yield return new DayMark(SurgeStart + 50, DayMarkKind.ProfileSwitch, "surge → normal");
        foreach (var minute in new[] { 90, 420, 930, 1000, 1260 })
        {
            yield return new DayMark(minute, DayMarkKind.RebalanceWave, $"wave at {minute}");
        }

        foreach (var minute in new[] { 30, 45, 960, 975, 990, 1300, 1320, 1380 })
        {
            yield return new DayMark(minute, DayMarkKind.Drain, $"drain i-{minute:x4} <done>");
        }
    }
}
