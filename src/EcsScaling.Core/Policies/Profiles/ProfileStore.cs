using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Policies.Profiles;

/// <summary>Reads and writes the active profile in the state cluster's tags; without a state cluster, normal is always active.</summary>
public sealed class ProfileStore(IEcsGateway ecs, string? clusterArn, PolicyDocument document, ITelemetry telemetry)
{
    public async Task<ActiveProfile> ReadAsync(CancellationToken cancellationToken)
    {
        if (clusterArn is null)
        {
            return ActiveProfile.Normal;
        }

        var active = ActiveProfile.FromTags(await ecs.ListTagsAsync(clusterArn, cancellationToken));
        if (document.HasProfile(active.Name))
        {
            return active;
        }

        // The document changed under a switched cluster: normal is the only profile we can still stand behind.
        telemetry.Log(LogLevel.Warn, "active policy profile is not in the document; using normal", ("cluster", clusterArn), ("profile", active.Name));
        return ActiveProfile.Normal;
    }

    /// <summary>Does nothing without a state cluster (a manual apply then simply leaves no trace).</summary>
    public async Task WriteAsync(ActiveProfile active, CancellationToken cancellationToken)
    {
        if (clusterArn is null)
        {
            return;
        }

        telemetry.Log(LogLevel.Info, "record active policy profile", ("cluster", clusterArn), ("profile", active.Name), ("source", active.Source), ("alarmAt", active.AlarmAt));
        await ecs.TagResourceAsync(clusterArn, active.ToTags(), cancellationToken);
    }
}
