using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Status;

/// <summary>Cluster overview: instances, tasks, reservation, draining progress, active policy profile.</summary>
public sealed record StatusCommand(string? Cluster) : OpsCommand(OpsCommandNames.Status)
{
    public override OpsCommand AsDryRun() => this;
}
