using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>Active tasks per EC2 instance, to show how a run moved work around.</summary>
internal static class InstanceSnapshot
{
    public static IReadOnlyDictionary<string, (string Az, int Tasks)> Take(Simulator sim) =>
        sim.Ecs.InstancesByEc2Id.Values
            .Where(i => i.Status != ContainerInstanceStatus.Inactive)
            .ToDictionary(i => i.Ec2InstanceId, i => (i.AvailabilityZone, i.Tasks.Count(t => t.IsActive)), StringComparer.Ordinal);

    public static IReadOnlyList<InstanceSummary> Compare(IReadOnlyDictionary<string, (string Az, int Tasks)> before, IReadOnlyDictionary<string, (string Az, int Tasks)> after) =>
        [
            .. before.Select(b => after.TryGetValue(b.Key, out var a)
                ? new InstanceSummary(b.Key, b.Value.Az, b.Value.Tasks, a.Tasks, "kept")
                : new InstanceSummary(b.Key, b.Value.Az, b.Value.Tasks, 0, "terminated")),
            .. after.Where(a => !before.ContainsKey(a.Key)).Select(a => new InstanceSummary(a.Key, a.Value.Az, 0, a.Value.Tasks, "launched")),
        ];
}
