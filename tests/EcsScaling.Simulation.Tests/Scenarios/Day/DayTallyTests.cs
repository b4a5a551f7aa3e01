using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Simulation.Tests.Scenarios.Day;

public class DayTallyTests
{
    private static DayMinute Minute(int minute, int ours, int ecsAlone, int bound, ServiceMinute web, ServiceMinute api) =>
        new(minute, 1, ours, ecsAlone, bound, "normal", new Dictionary<string, ServiceMinute> { ["web"] = web, ["api"] = api });

    private static readonly DayTimeline Day = new("diurnal", 1, ["web", "api"],
    [
        Minute(0, ours: 3, ecsAlone: 4, bound: 2, web: new(4, 4, 4, 4), api: new(2, 2, 2, 2)),
        Minute(1, ours: 6, ecsAlone: 9, bound: 5, web: new(8, 6, 8, 5), api: new(2, 2, 3, 2)),
        Minute(2, ours: 9, ecsAlone: 11, bound: 8, web: new(8, 8, 8, 7), api: new(4, 5, 4, 4)),
    ], []);

    [Fact]
    public void Instance_hours_sum_each_minutes_instances_over_sixty()
    {
        var hours = DayTally.From(Day).InstanceHours;

        Assert.Equal(18 / 60.0, hours.Ours);
        Assert.Equal(24 / 60.0, hours.EcsAlone);
        Assert.Equal(15 / 60.0, hours.Bound);
    }

    [Fact]
    public void A_service_minute_is_short_when_fewer_run_than_that_setups_desired()
    {
        var figures = DayTally.From(Day);

        // web: ours short in minute 1; ECS alone in minutes 1 and 2. api: only ECS alone in minute 1 (running above desired is not short).
        Assert.Equal(new OursVersusEcsAlone(1, 2), figures.ServiceMinutesShortByService["web"]);
        Assert.Equal(new OursVersusEcsAlone(0, 1), figures.ServiceMinutesShortByService["api"]);
        Assert.Equal(new OursVersusEcsAlone(1, 3), figures.ServiceMinutesShort);
    }

    [Fact]
    public void A_minute_without_a_named_service_is_rejected()
    {
        var broken = Day with { Services = ["web", "api", "worker"] };

        var error = Assert.Throws<ArgumentException>(() => DayTally.From(broken));
        Assert.Contains("minute 0 has no counts for service 'worker'", error.Message, StringComparison.Ordinal);
    }
}
