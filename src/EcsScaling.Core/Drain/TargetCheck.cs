using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Load-balancer targets on an instance that still take (or may take) traffic: a task that is
/// STOPPED may still have a target draining in its target group (deregistration delay, 300 s by default).
/// </summary>
public static class TargetCheck
{
    private static readonly HashSet<string> StillServing = new(StringComparer.Ordinal)
    {
        TargetState.Initial, TargetState.Healthy, TargetState.Draining, TargetState.UnhealthyDraining,
    };

    public static Task<IReadOnlyList<string>> StillServingAsync(DrainContext context, InstanceTasks tasks, CancellationToken cancellationToken) =>
        StillServingAsync(tasks, new TargetHealthCache(context), cancellationToken);

    /// <summary>One DescribeTargetHealth per target group of the services that ran here (none for a group already in the cache).</summary>
    public static async Task<IReadOnlyList<string>> StillServingAsync(InstanceTasks tasks, TargetHealthCache targets, CancellationToken cancellationToken)
    {
        var serving = new List<string>();
        foreach (var targetGroupArn in tasks.TargetGroupArns)
        {
            var health = await targets.GetAsync(targetGroupArn, cancellationToken);
            serving.AddRange(health
                .Where(h => StillServing.Contains(h.State) && IsOnInstance(h.Target, tasks))
                .Select(h => $"{targetGroupArn} {h.Target.Id}:{h.Target.Port} {h.State}"));
        }

        return serving;
    }

    /// <summary>Instance targets carry the EC2 instance id; awsvpc (ip) targets carry a task's ENI address.</summary>
    private static bool IsOnInstance(TargetRef target, InstanceTasks tasks) =>
        target.Id == tasks.Instance.Ec2InstanceId
        || tasks.Tasks.Where(t => !tasks.IsDaemon(t)).SelectMany(t => t.Endpoints)
            .Any(e => e.PrivateIp == target.Id && (target.Port is null || e.ContainerPort is null || e.ContainerPort == target.Port || e.HostPort == target.Port));
}
