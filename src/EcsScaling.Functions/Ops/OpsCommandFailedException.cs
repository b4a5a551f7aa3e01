using EcsScaling.Core.Drain;
using EcsScaling.Core.Rebalance;

namespace EcsScaling.Functions.Ops;

/// <summary>
/// An ops command that did not do its job (a rebalance or a drain step failed on AWS). The ops
/// function answers it as a Lambda error instead of a result with a "Failed" outcome inside, and
/// the CLI exits 1 with the same message on stderr; the result itself is logged.
/// </summary>
public sealed class OpsCommandFailedException(string message) : Exception(message)
{
    /// <summary>What failed, or null when the command did its job (a cooldown, an abort for safety or a plan is an answer, not a failure).</summary>
    public static string? Failure(OpsResponse response)
    {
        if (response.Rebalance is { Outcome: RebalanceOutcome.Failed } rebalance)
        {
            return $"{response.Command} failed for cluster {rebalance.Cluster}: {rebalance.Reason}";
        }

        var failed = response.Drain?.Decisions.Where(d => d.Outcome == DrainOutcome.Failed).ToList() ?? [];
        return failed.Count == 0 ? null : $"{response.Command} failed: " + string.Join("; ", failed.Select(d => $"{d.Step} {d.InstanceId}: {d.Reason}"));
    }
}
