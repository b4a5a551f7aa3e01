namespace EcsScaling.Core.ScaleOut;

/// <summary>
/// One look at a cluster's unplaced tasks and the group that gives it instances: how many tasks wait
/// because they fit on no instance there, how many new instances they need, how many the group is already
/// bringing, and the desired capacity that covers the rest (never lower than before, never above MaxSize).
/// </summary>
/// <param name="WaitingTasks">Unplaced tasks that fit on no ACTIVE instance as it is now.</param>
/// <param name="InstancesNeeded">New instances those tasks need, packed first-fit by reservation.</param>
/// <param name="InstancesComing">Desired capacity not yet holding an ACTIVE container instance: launches under way, and replacements the group will make.</param>
/// <param name="TooLarge">Waiting tasks larger than a new instance's room: no scale-out helps them.</param>
/// <param name="Services">The services with waiting tasks.</param>
public sealed record ScaleOutPlan(
    string Cluster,
    string Group,
    int WaitingTasks,
    int InstancesNeeded,
    int InstancesComing,
    int DesiredBefore,
    int DesiredAfter,
    int MaxSize,
    int TooLarge,
    IReadOnlyList<string> Services)
{
    public int Added => DesiredAfter - DesiredBefore;

    /// <summary>The group would need more than its MaxSize allows.</summary>
    public bool CappedByMaxSize => DesiredBefore + InstancesNeeded - InstancesComing > MaxSize;
}
