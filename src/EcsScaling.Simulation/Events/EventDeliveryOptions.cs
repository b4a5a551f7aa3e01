namespace EcsScaling.Simulation.Events;

/// <summary>
/// EventBridge delivers at least once, not necessarily in order, usually within a second
/// (https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-troubleshooting.html): these knobs make that explicit.
/// </summary>
public sealed record EventDeliveryOptions
{
    public TimeSpan Delay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Extra random delay up to this much per delivery; anything above zero can reorder events.</summary>
    public TimeSpan Jitter { get; init; } = TimeSpan.Zero;

    public double DuplicateProbability { get; init; }

    public double LossProbability { get; init; }
}
