using EcsScaling.Core.Rebalance;

namespace EcsScaling.Functions.Rebalance;

/// <summary>
/// An event-driven rebalance run failed for at least one cluster (an AWS call failed after the
/// SDK's retries). Reported as a Lambda error so the asynchronous invocation is retried: an
/// alarm fires once, and a failure returned as a result would be the end of it. Clusters that
/// went through are cooling down or mid-wave on the retry, so nothing starts twice.
/// </summary>
public sealed class RebalanceFailedException(IEnumerable<RebalanceResult> failed)
    : Exception("rebalance failed for " + string.Join("; ", failed.Select(r => $"cluster {r.Cluster}: {r.Reason}")))
{
    public static IReadOnlyList<RebalanceResult> ThrowIfAnyFailed(IReadOnlyList<RebalanceResult> results)
    {
        var failed = results.Where(r => r.Outcome == RebalanceOutcome.Failed).ToList();
        return failed.Count == 0 ? results : throw new RebalanceFailedException(failed);
    }
}
