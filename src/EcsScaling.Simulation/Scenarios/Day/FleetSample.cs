using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>
/// What the group's instances were doing in one minute, so an instance-hour figure can be read: the group's desired
/// capacity, and its instances by state — still launching, leaving (terminating, most of them held by the drain's
/// hook), and the InService ones by whether they ran a non-daemon task (busy) and were protected from scale-in.
/// </summary>
public sealed record FleetSample(int Desired, int Launching, int Leaving, int Empty, int BusyProtected, int BusyUnprotected)
{
    public int Instances => Launching + Leaving + Empty + BusyProtected + BusyUnprotected;

    public static FleetSample Of(SimGroup group, SimCluster cluster)
    {
        var busy = cluster.Tasks.Values.Where(t => t.IsActive && !t.IsDaemon).Select(t => t.Instance.Ec2InstanceId).ToHashSet(StringComparer.Ordinal);
        int launching = 0, leaving = 0, empty = 0, busyProtected = 0, busyUnprotected = 0;
        foreach (var instance in group.Instances.Values)
        {
            if (instance.LifecycleState.StartsWith(LifecycleStates.Terminating, StringComparison.Ordinal))
            {
                leaving++;
            }
            else if (instance.LifecycleState != LifecycleStates.InService)
            {
                launching++;
            }
            else if (!busy.Contains(instance.InstanceId))
            {
                empty++;
            }
            else if (instance.ProtectedFromScaleIn)
            {
                busyProtected++;
            }
            else
            {
                busyUnprotected++;
            }
        }

        return new FleetSample(group.DesiredCapacity, launching, leaving, empty, busyProtected, busyUnprotected);
    }
}
