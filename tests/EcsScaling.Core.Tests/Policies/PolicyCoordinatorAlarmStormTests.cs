using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using FsCheck.Xunit;

namespace EcsScaling.Core.Tests.Policies;

public class PolicyCoordinatorAlarmStormTests
{
    private const int HoldSeconds = 600;
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/prod/web");

    [Property(Arbitrary = [typeof(AlarmStormArbitrary)], MaxTest = 200)]
    public void Duplicated_and_reordered_alarm_events_end_in_the_profile_of_the_last_alarm_state(AlarmStorm storm)
    {
        var h = new PolicyHarness(holdSeconds: HoldSeconds);
        var coordinator = h.Coordinator();
        var start = h.Time.GetUtcNow();
        var timeline = storm.Deliveries.Select(d => (d.Second, Tick: false, d.Transition))
            .Concat(storm.TickSeconds.Select(s => (Second: s, Tick: true, Transition: -1)))
            .OrderBy(e => e.Second);

        foreach (var (second, tick, transition) in timeline)
        {
            Handle(h, coordinator, storm, start.AddSeconds(second), tick
                ? PolicyEvents.Tick(start.AddSeconds(second))
                : PolicyEvents.Alarm(AlarmStorm.StateOf(transition), start.AddSeconds(storm.TransitionSeconds[transition])));
        }

        var settled = start.AddSeconds(Math.Max(storm.Deliveries.Max(d => d.Second), storm.TransitionSeconds[^1]) + HoldSeconds + 1);
        Handle(h, coordinator, storm, settled, PolicyEvents.Tick(settled));

        var expected = storm.FinalState == "ALARM" ? "surge" : "normal";
        Assert.Equal(expected, h.ActiveProfileTag ?? "normal");
        Assert.Equal(expected == "surge" ? 6 : 2, h.Policies.Targets[Web].MinCapacity);
        Assert.Equal(expected == "surge" ? 40 : 60, h.Policies.Policies[Web]["ecs-scaling-cpu"].Configuration.TargetValue);
        Assert.InRange(h.Telemetry.Logs.Count(l => l.Message == "switch policy profile"), 0, storm.TransitionSeconds.Count);
    }

    /// <summary>Moves the clock to the delivery time, shows CloudWatch's state as of then, and handles the event.</summary>
    private static void Handle(PolicyHarness h, PolicyCoordinator coordinator, AlarmStorm storm, DateTimeOffset at, EcsScaling.Core.Events.ScalingEvent scalingEvent)
    {
        if (at > h.Time.GetUtcNow())
        {
            h.Time.SetUtcNow(at);
        }

        var current = storm.TransitionSeconds.Count(s => h.Time.Start.AddSeconds(s) <= at) - 1;
        if (current >= 0)
        {
            h.CloudWatch.SetAlarm(PolicyHarness.SurgeAlarm, AlarmStorm.StateOf(current), h.Time.Start.AddSeconds(storm.TransitionSeconds[current]));
        }

        coordinator.HandleAsync(scalingEvent, dryRun: false, default).GetAwaiter().GetResult();
    }
}
