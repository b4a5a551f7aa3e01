using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Ops;

/// <summary>A manual command for the ops function (and the CLI). Every mutating command has DryRun.</summary>
public abstract record OpsCommand(string Name)
{
    /// <summary>The same command as a plan only (observe mode); read-only commands are returned as they are.</summary>
    public abstract OpsCommand AsDryRun();
}

/// <summary>Cluster overview: instances, tasks, reservation, draining progress, active policy profile.</summary>
public sealed record StatusCommand(string? Cluster) : OpsCommand(OpsCommandNames.Status)
{
    public override OpsCommand AsDryRun() => this;
}

public sealed record DrainCommand(string InstanceId, bool DryRun) : OpsCommand(OpsCommandNames.Drain)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}

public sealed record UndrainCommand(string InstanceId, bool DryRun) : OpsCommand(OpsCommandNames.Undrain)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}

/// <summary>Force the lifecycle action of a stuck instance, with a reason that is logged.</summary>
public sealed record CompleteHookCommand(string InstanceId, LifecycleResult Result, string Reason, bool DryRun) : OpsCommand(OpsCommandNames.CompleteHook)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}

/// <summary>Plan (dry run) or execute one rebalance wave for a cluster.</summary>
public sealed record RebalanceCommand(string Cluster, bool DryRun, bool IgnoreCooldown) : OpsCommand(OpsCommandNames.Rebalance)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}

public enum PoliciesAction
{
    Diff,
    Apply,
}

public sealed record PoliciesCommand(PoliciesAction Action, string? Profile, bool DryRun) : OpsCommand(OpsCommandNames.Policies)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}

public static class OpsCommandNames
{
    public const string Status = "status";
    public const string Drain = "drain";
    public const string Undrain = "undrain";
    public const string CompleteHook = "complete-hook";
    public const string Rebalance = "rebalance";
    public const string Policies = "policies";

    public static IReadOnlyList<string> All { get; } = [Status, Drain, Undrain, CompleteHook, Rebalance, Policies];
}
