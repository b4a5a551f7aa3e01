using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.ScaleIn;

/// <summary>
/// A cluster's ACTIVE instances with a connected agent that run no task but a daemon's (daemon-only counts as
/// empty, as ECS managed termination protection counts it), registered at least <c>age</c> before the snapshot was
/// taken: a newer one may be the instance a scale-out just brought for tasks ECS has not placed on it yet. An
/// instance whose registration time ECS did not give is not counted. Needs the snapshot's tasks.
/// </summary>
public static class EmptyInstances
{
    /// <returns>EC2 instance ids.</returns>
    public static IReadOnlySet<string> Of(ClusterSnapshot snapshot, TimeSpan age)
    {
        var busy = snapshot.BusyInstanceArns();
        return snapshot.Instances
            .Where(i => i.Status == ContainerInstanceStatus.Active && i.AgentConnected && !busy.Contains(i.Arn)
                && i.RegisteredAt is { } registered && registered <= snapshot.TakenAt - age)
            .Select(i => i.Ec2InstanceId)
            .ToHashSet(StringComparer.Ordinal);
    }
}
