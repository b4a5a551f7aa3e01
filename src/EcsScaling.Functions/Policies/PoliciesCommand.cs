using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Policies;

public enum PoliciesAction
{
    Diff,
    Apply,
}

/// <summary>Diff the policy document (or one profile of it) with AWS, or apply it.</summary>
public sealed record PoliciesCommand(PoliciesAction Action, string? Profile, bool DryRun) : OpsCommand(OpsCommandNames.Policies)
{
    public override OpsCommand AsDryRun() => this with { DryRun = true };
}
