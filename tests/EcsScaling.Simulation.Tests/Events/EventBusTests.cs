using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.Tests.Events;

public class EventBusTests
{
    private static SimEvent Event(int n) => new($"id-{n}", "aws.ecs", SimEvent.TaskStateChange, VirtualClock.DefaultStart, "{}");

    private static List<string> Deliver(EventDeliveryOptions options, int count = 200)
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var bus = new EventBus(clock, new Random(3), options);
        var received = new List<string>();
        bus.Subscribe(e => received.Add(e.Id));
        for (var i = 0; i < count; i++)
        {
            bus.Publish(Event(i));
        }

        clock.Advance(TimeSpan.FromMinutes(5));
        return received;
    }

    [Fact]
    public void By_default_every_event_arrives_once_in_order_after_the_delay() =>
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"id-{i}"), Deliver(new EventDeliveryOptions()));

    [Fact]
    public void Duplication_delivers_the_same_event_id_twice() =>
        Assert.True(Deliver(new EventDeliveryOptions { DuplicateProbability = 0.2 }).Count > 200);

    [Fact]
    public void Loss_drops_events() =>
        Assert.InRange(Deliver(new EventDeliveryOptions { LossProbability = 0.2 }).Count, 100, 199);

    [Fact]
    public void Jitter_reorders_events()
    {
        var received = Deliver(new EventDeliveryOptions { Jitter = TimeSpan.FromSeconds(10) });
        Assert.Equal(200, received.Count);
        Assert.NotEqual(Enumerable.Range(0, 200).Select(i => $"id-{i}"), received);
    }
}
