using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Keeps ProtectedFromScaleIn on instances running non-daemon tasks and off on the others, so that
/// ASG scale-in picks empty instances first. Daemon-only counts as empty (ECS managed termination
/// protection counts daemons as work and never lets such instances go). Only changes are sent.
/// </summary>
public sealed class ScaleInProtection(DrainContext context)
{
    public const string Step = "scale-in-protection";

    /// <summary>AWS accepts at most 50 instance ids per SetInstanceProtection call.</summary>
    public const int MaxInstancesPerCall = 50;

    public async Task<IReadOnlyList<DrainDecision>> PlanAsync(IReadOnlyList<AutoScalingGroup> groups, IReadOnlyDictionary<string, ContainerInstance> byEc2Id, CancellationToken ct)
    {
        var protectedGroups = groups.Where(g => context.Options.ProtectsGroup(g.Name)).ToArray();
        if (protectedGroups.Length == 0)
        {
            return [];
        }

        var busy = await BusyContainerInstancesAsync(ct);
        return [.. protectedGroups.Select(g => Decide(g, byEc2Id, busy))];
    }

    private static DrainDecision Decide(AutoScalingGroup group, IReadOnlyDictionary<string, ContainerInstance> byEc2Id, IReadOnlySet<string> busy)
    {
        var wanted = group.Instances
            .Where(i => i.LifecycleState == LifecycleStates.InService && byEc2Id.ContainsKey(i.InstanceId))
            .Select(i => (Instance: i, Protect: busy.Contains(byEc2Id[i.InstanceId].Arn)))
            .Where(w => w.Protect != w.Instance.ProtectedFromScaleIn)
            .ToArray();
        var actions = new[] { true, false }
            .SelectMany(protect => wanted.Where(w => w.Protect == protect).Select(w => w.Instance.InstanceId).Chunk(MaxInstancesPerCall)
                .Select(ids => DrainAction.SetProtection(group.Name, ids, protect)))
            .ToArray();
        var on = wanted.Count(w => w.Protect);
        return new DrainDecision(Step, null, $"protect {on} busy instance(s), unprotect {wanted.Length - on} empty or daemon-only instance(s)", actions, group.Name);
    }

    /// <summary>Container instances with a non-daemon task still wanted: one cluster-wide task listing per cluster.</summary>
    private async Task<IReadOnlySet<string>> BusyContainerInstancesAsync(CancellationToken ct)
    {
        var busy = new HashSet<string>(StringComparer.Ordinal);
        var directory = new ServiceDirectory(context);
        foreach (var cluster in context.Options.Clusters)
        {
            var arns = await context.Gateways.Ecs.ListTaskArnsAsync(cluster, new Gateways.TaskQuery(), ct);
            var tasks = await directory.DescribeAsync(cluster, arns, ct);
            var services = await directory.ForTasksAsync(cluster, tasks, ct);
            busy.UnionWith(tasks
                .Where(t => !t.IsStopped && t.ContainerInstanceArn is not null && !ServiceDirectory.IsDaemon(t, services))
                .Select(t => t.ContainerInstanceArn!));
        }

        return busy;
    }
}
