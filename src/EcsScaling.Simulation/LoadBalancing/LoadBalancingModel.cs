using EcsScaling.Core.Model;
using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.LoadBalancing;

/// <summary>
/// ELBv2 target registration as ECS drives it: a service task is registered once RUNNING and
/// deregistered when it starts to stop; a deregistered target stays "draining" (still serving
/// in-flight requests) for the group's deregistration delay, then disappears
/// (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html#deregistration-delay).
/// </summary>
public sealed class LoadBalancingModel(VirtualClock clock, SimIds ids, Ec2Timings timings)
{
    public Dictionary<string, SimTargetGroup> TargetGroups { get; } = new(StringComparer.Ordinal);

    public SimTargetGroup CreateTargetGroup(string name, string targetType = "instance", TimeSpan? deregistrationDelay = null)
    {
        if (targetType is not ("instance" or "ip"))
        {
            throw new ArgumentException($"target type '{targetType}' is not modelled: use instance or ip");
        }

        var arn = ids.Arn("elasticloadbalancing", $"targetgroup/{name}/{ids.Hex(16)}");
        // The draw a load balancer ARN nothing read used to take: dropping it would shift every seeded run after it.
        _ = ids.Hex(16);
        var group = new SimTargetGroup(arn, name, targetType)
        {
            DeregistrationDelay = deregistrationDelay ?? TimeSpan.FromSeconds(300),
        };
        TargetGroups[arn] = group;
        return group;
    }

    public SimTargetGroup Get(string arn) =>
        TargetGroups.TryGetValue(arn, out var group) ? group : throw new KeyNotFoundException($"target group {arn} does not exist");

    public void RegisterTask(SimTask task)
    {
        foreach (var group in GroupsOf(task))
        {
            var target = TargetOf(task, group);
            var registered = new SimTarget(target, clock.GetUtcNow());
            group.Targets[target] = registered;
            clock.Schedule(timings.TargetHealthy, () =>
            {
                if (registered.State == TargetState.Initial)
                {
                    registered.State = TargetState.Healthy;
                }
            });
        }
    }

    /// <summary>Starts deregistering the task's targets; returns when the last of them has finished draining.</summary>
    public DateTimeOffset DeregisterTask(SimTask task)
    {
        var drainedAt = clock.GetUtcNow();
        foreach (var group in GroupsOf(task))
        {
            var until = Deregister(group, TargetOf(task, group));
            if (until > drainedAt)
            {
                drainedAt = until;
            }
        }

        return drainedAt;
    }

    /// <summary>Deregistering an unknown target is a no-op; a draining one keeps its original deadline.</summary>
    public DateTimeOffset Deregister(SimTargetGroup group, TargetRef target)
    {
        if (!group.Targets.TryGetValue(target, out var registered))
        {
            return clock.GetUtcNow();
        }

        if (registered.DrainingUntil is { } until)
        {
            return until;
        }

        registered.State = TargetState.Draining;
        registered.DrainingUntil = clock.GetUtcNow() + group.DeregistrationDelay;
        clock.ScheduleAt(registered.DrainingUntil.Value, () => group.Targets.Remove(target));
        return registered.DrainingUntil.Value;
    }

    private IEnumerable<SimTargetGroup> GroupsOf(SimTask task) =>
        task.Service is null ? [] : task.Service.TargetGroupArns.Select(Get);

    /// <summary>Instance targets use the dynamic host port; ip targets (awsvpc) the task's own address and container port.</summary>
    private static TargetRef TargetOf(SimTask task, SimTargetGroup group) => group.TargetType == "ip"
        ? new TargetRef(task.PrivateIp, task.Definition.ContainerPort)
        : new TargetRef(task.Instance.Ec2InstanceId, task.HostPort ?? task.Definition.ContainerPort);
}
