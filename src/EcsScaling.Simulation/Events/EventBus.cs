using EcsScaling.Simulation.Clock;

namespace EcsScaling.Simulation.Events;

/// <summary>
/// The account's default event bus: every emitted event goes to the log and, after the
/// configured delay, jitter, duplication or loss, to each subscriber.
/// </summary>
public sealed class EventBus(VirtualClock clock, Random random, EventDeliveryOptions options)
{
    private readonly List<Action<SimEvent>> _subscribers = [];
    private readonly List<SimEvent> _emitted = [];

    public EventDeliveryOptions Options { get; set; } = options;

    /// <summary>Everything emitted, in emission order (before delivery faults).</summary>
    public IReadOnlyList<SimEvent> Emitted => _emitted;

    public bool Recording { get; set; } = true;

    public int Lost { get; private set; }

    public bool HasSubscribers => _subscribers.Count > 0;

    public void Subscribe(Action<SimEvent> subscriber) => _subscribers.Add(subscriber);

    public void Publish(SimEvent simEvent)
    {
        if (Recording)
        {
            _emitted.Add(simEvent);
        }

        if (_subscribers.Count == 0)
        {
            return;
        }

        if (Options.LossProbability > 0 && random.NextDouble() < Options.LossProbability)
        {
            Lost++;
            return;
        }

        var copies = Options.DuplicateProbability > 0 && random.NextDouble() < Options.DuplicateProbability ? 2 : 1;
        for (var i = 0; i < copies; i++)
        {
            var jitter = Options.Jitter > TimeSpan.Zero ? TimeSpan.FromTicks((long)(random.NextDouble() * Options.Jitter.Ticks)) : TimeSpan.Zero;
            clock.Schedule(Options.Delay + jitter, () => Deliver(simEvent));
        }
    }

    private void Deliver(SimEvent simEvent)
    {
        foreach (var subscriber in _subscribers)
        {
            subscriber(simEvent);
        }
    }
}
