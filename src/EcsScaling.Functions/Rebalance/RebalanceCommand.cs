using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Rebalance;

/// <summary>Plan (dry run) or execute one rebalance wave for a cluster.</summary>
public sealed record RebalanceCommand(string Cluster, bool DryRun, bool IgnoreCooldown) : OpsCommand(OpsCommandNames.Rebalance)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}
