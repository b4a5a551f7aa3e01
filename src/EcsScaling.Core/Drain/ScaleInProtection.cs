using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Keeps ProtectedFromScaleIn on instances running non-daemon tasks and off on the others, so that
/// ASG scale-in picks empty instances first. Daemon-only counts as empty, as ECS managed termination
/// protection counts it ("Tasks that are run by a service that uses the DAEMON scheduling strategy are ignored",
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/managed-termination-protection.html). When the group wants to remove
/// more instances than are empty, <see cref="ScaleInRelease"/> leaves the least-loaded busy ones
/// unprotected too, so scale-in is not stuck behind one web task per instance. Only changes are sent.
/// A group whose capacity provider has managed termination protection is refused (<see cref="GroupOwnership"/>).
/// </summary>
public sealed class ScaleInProtection(DrainContext context)
{
    public const string Step = "scale-in-protection";

    /// <summary>AWS accepts at most 50 instance ids per SetInstanceProtection call.</summary>
    public const int MaxInstancesPerCall = 50;

    public async Task<IReadOnlyList<DrainDecision>> PlanAsync(IReadOnlyList<AutoScalingGroup> groups, IReadOnlyDictionary<string, ContainerInstance> byEc2Id, CancellationToken cancellationToken)
    {
        var protectedGroups = groups.Where(g => context.Options.ProtectsGroup(g.Name)).ToArray();
        if (protectedGroups.Length == 0)
        {
            return [];
        }

        var providers = await CapacityProviderReader.ReadAsync(context.Gateways.Ecs, context.Options.Clusters, cancellationToken);
        var owned = protectedGroups.Select(g => (Group: g, Owner: GroupOwnership.ProtectionOwner(providers, g.Name))).ToArray();
        var busy = owned.Any(o => o.Owner is null) ? await BusyContainerInstancesAsync(cancellationToken) : new Dictionary<string, IReadOnlyList<Resources>>();
        return [.. owned.Select(o => o.Owner is { } owner ? Refuse(o.Group, owner) : Decide(o.Group, byEc2Id, busy))];
    }

    /// <summary>ECS's managed termination protection already sets this group's protection: two owners would undo each other every minute.</summary>
    private static DrainDecision Refuse(AutoScalingGroup group, CapacityProvider owner) =>
        new(Step, null, GroupOwnership.Refusal(GroupOwnership.Protection, group.Name, owner, DrainVariables.ProtectedGroups), [], group.Name, Outcome: DrainOutcome.Failed);

    private static DrainDecision Decide(AutoScalingGroup group, IReadOnlyDictionary<string, ContainerInstance> byEc2Id, IReadOnlyDictionary<string, IReadOnlyList<Resources>> busy)
    {
        var inService = group.Instances
            .Where(i => i.LifecycleState == LifecycleStates.InService && byEc2Id.ContainsKey(i.InstanceId))
            .Select(i => (Instance: i, ContainerInstance: byEc2Id[i.InstanceId]))
            .ToArray();
        var busyInstances = inService
            .Where(i => busy.ContainsKey(i.ContainerInstance.Arn))
            .Select(i => new BusyInstance(i.Instance.InstanceId, i.ContainerInstance, busy[i.ContainerInstance.Arn]))
            .ToArray();
        var busyIds = busyInstances.Select(b => b.InstanceId).ToHashSet(StringComparer.Ordinal);
        var managed = inService.Select(i => i.Instance.InstanceId).ToHashSet(StringComparer.Ordinal);

        // Instances this sweep leaves unprotected: the InService ones without a non-daemon task, and those we do not manage as they are.
        var unprotected = group.Instances.Count(i => ScaleInRelease.CountsTowardDesired(i)
            && (managed.Contains(i.InstanceId) ? !busyIds.Contains(i.InstanceId) : !i.ProtectedFromScaleIn));
        var released = ScaleInRelease.Choose(group, unprotected, busyInstances);
        var wanted = inService
            .Select(i => (i.Instance, Protect: busyIds.Contains(i.Instance.InstanceId) && !released.Contains(i.Instance.InstanceId)))
            .Where(w => w.Protect != w.Instance.ProtectedFromScaleIn)
            .ToArray();
        var actions = new[] { true, false }
            .SelectMany(protect => wanted.Where(w => w.Protect == protect).Select(w => w.Instance.InstanceId).Chunk(MaxInstancesPerCall)
                .Select(ids => DrainAction.SetProtection(group.Name, ids, protect)))
            .ToArray();
        var on = wanted.Count(w => w.Protect);
        var release = released.Count == 0 ? "" : $"; {released.Count} least-loaded busy instance(s) left unprotected for the group's scale-in to {group.DesiredCapacity} (its terminate hook drains them)";
        return new DrainDecision(Step, null, $"protect {on} busy instance(s), unprotect {wanted.Length - on} empty, daemon-only or released instance(s){release}", actions, group.Name);
    }

    /// <summary>Container instances with a non-daemon task still wanted, with those tasks' reservations: one cluster-wide task listing per cluster.</summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<Resources>>> BusyContainerInstancesAsync(CancellationToken cancellationToken)
    {
        var busy = new Dictionary<string, IReadOnlyList<Resources>>(StringComparer.Ordinal);
        var directory = new ServiceDirectory(context);
        foreach (var cluster in context.Options.Clusters)
        {
            var arns = await context.Gateways.Ecs.ListTaskArnsAsync(cluster, new Gateways.TaskQuery(), cancellationToken);
            var tasks = await directory.DescribeAsync(cluster, arns, cancellationToken);
            var services = await directory.ForTasksAsync(cluster, tasks, cancellationToken);
            foreach (var instance in tasks
                .Where(t => !t.IsStopped && t.ContainerInstanceArn is not null && !ServiceDirectory.IsDaemon(t, services))
                .GroupBy(t => t.ContainerInstanceArn!, StringComparer.Ordinal))
            {
                busy.TryAdd(instance.Key, [.. instance.Select(t => t.Reserved)]);
            }
        }

        return busy;
    }
}
