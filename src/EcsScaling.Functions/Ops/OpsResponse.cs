using EcsScaling.Core.Drain;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Ops;

/// <summary>The ops function's answer: the command, whether it was a dry run, and the one result that applies.</summary>
public sealed record OpsResponse(
    string Command,
    bool DryRun,
    StatusReport? Status = null,
    DrainResult? Drain = null,
    RebalanceResult? Rebalance = null,
    PolicyResult? Policies = null);
