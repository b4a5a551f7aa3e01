using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>A busy instance of a protected group: its container instance and the reservations of its non-daemon tasks, which a drain would move.</summary>
public sealed record BusyInstance(string InstanceId, ContainerInstance ContainerInstance, IReadOnlyList<Resources> Tasks)
{
    public Resources Load => Tasks.Aggregate(Resources.Zero, (sum, t) => sum + t);
}
