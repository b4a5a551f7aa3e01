namespace EcsScaling.Simulation.Faults;

/// <summary>What can go wrong with an API call, and how the simulated SDK retries it.</summary>
public sealed record FaultOptions
{
    /// <summary>Apply AWS's documented per-family token buckets (ECS API request throttling, docs.aws.amazon.com/AmazonECS/latest/APIReference/request-throttling.html).</summary>
    public bool RateLimits { get; init; } = true;

    /// <summary>Probability that an attempt is throttled regardless of the buckets.</summary>
    public double ThrottleProbability { get; init; }

    /// <summary>Probability that an attempt fails with HTTP 500 InternalFailure.</summary>
    public double ServerErrorProbability { get; init; }

    /// <summary>Virtual latency added to every attempt.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.Zero;

    /// <summary>Total attempts, as AWS_MAX_ATTEMPTS (SDK standard mode default 3); 1 disables retries.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Standard mode backoff: random(0,1) × min(base × 2^(attempt−1), MaxBackoff).</summary>
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>No faults, no rate limits: for tests of the model itself.</summary>
    public static FaultOptions None { get; } = new() { RateLimits = false };
}
