namespace EcsScaling.Simulation.Queues;

/// <summary>
/// An SQS event source mapping's settings (AWS::Lambda::EventSourceMapping): BatchSize,
/// MaximumBatchingWindowInSeconds and ScalingConfig.MaximumConcurrency.
/// </summary>
public sealed record QueuePollerOptions
{
    public int BatchSize { get; init; } = 50;

    public TimeSpan BatchingWindow { get; init; } = TimeSpan.FromSeconds(1);

    public int MaximumConcurrency { get; init; } = 2;

    /// <summary>Lambda's pollers long-poll: a message sent is picked up within about this long.</summary>
    public TimeSpan PollDelay { get; init; } = TimeSpan.FromMilliseconds(100);
}
