using EcsScaling.Core.Model;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Drain;

/// <summary>Set an instance draining by hand, by the rules an automatic drain follows.</summary>
public sealed record DrainCommand(string InstanceId, bool DryRun) : OpsCommand(OpsCommandNames.Drain)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}

/// <summary>Set a draining instance active again.</summary>
public sealed record UndrainCommand(string InstanceId, bool DryRun) : OpsCommand(OpsCommandNames.Undrain)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}

/// <summary>Force the lifecycle action of a stuck instance, with a reason that is logged.</summary>
public sealed record CompleteHookCommand(string InstanceId, LifecycleResult Result, string Reason, bool DryRun) : OpsCommand(OpsCommandNames.CompleteHook)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}
