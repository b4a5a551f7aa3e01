using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

/// <summary>
/// The task lifecycle (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle-explanation.html):
/// PROVISIONING → PENDING → RUNNING, and on stop DEACTIVATING (load balancer deregistration
/// happens here) → STOPPING → STOPPED. Resources stay reserved on the instance until STOPPED.
/// </summary>
public sealed partial class EcsModel
{
    private int _warmCursor;

    public SimTask StartTask(SimContainerInstance instance, SimTaskDefinition definition, SimService? service, string? startedBy = null)
    {
        var task = NewTask(instance, definition, service, startedBy);
        PublishTaskChange(task);
        PublishInstanceChange(instance);
        clock.Schedule(timings.Provisioning, () => Advance(task, EcsTaskStatus.Provisioning, EcsTaskStatus.Pending));
        return task;
    }

    /// <summary>
    /// Setup shortcut for big simulated clusters: fills a replica service up to its desired count
    /// with tasks already RUNNING (and registered with its target groups), round-robin over the
    /// placeable instances ordered by AZ — so AZs stay balanced — instead of one scheduler
    /// placement per task. Not an ECS behaviour; use it only to build the starting state.
    /// </summary>
    public void WarmStart(SimService service)
    {
        var instances = service.Cluster.Instances.Values.Where(i => i.IsPlaceable).OrderBy(i => i.AvailabilityZone, StringComparer.Ordinal).ToList();
        var byZone = instances.GroupBy(i => i.AvailabilityZone).Select(g => g.ToList()).ToList();
        var interleaved = Enumerable.Range(0, byZone.Max(z => z.Count)).SelectMany(n => byZone.Where(z => n < z.Count).Select(z => z[n])).ToList();
        var missing = service.DesiredCount - service.Tasks.Count(t => t.IsActive);
        for (var i = 0; missing > 0 && i < interleaved.Count * 2; i++)
        {
            var instance = interleaved[(_warmCursor++) % interleaved.Count];
            if (instance.Remaining.Fits(service.Definition.Reserved))
            {
                var task = NewTask(instance, service.Definition, service, null);
                task.LastStatus = EcsTaskStatus.Running;
                service.HealthyCount++;
                task.StartedAt = clock.GetUtcNow();
                loadBalancing.RegisterTask(task);
                missing--;
                i = 0;
            }
        }
    }

    private SimTask NewTask(SimContainerInstance instance, SimTaskDefinition definition, SimService? service, string? startedBy)
    {
        var cluster = instance.Cluster;
        var task = new SimTask(ids.Arn("ecs", $"task/{cluster.Name}/{ids.Hex(32)}"), instance, definition, service,
            service?.Group ?? "family:" + definition.Family, startedBy ?? (service is null ? null : "ecs-svc/" + ids.Hex(19)), clock.GetUtcNow())
        {
            Deployment = service?.PrimaryDeployment ?? 0,
            HostPort = definition.NetworkMode == "bridge" ? instance.AllocateHostPort() : null,
            PrivateIp = definition.NetworkMode == "awsvpc" ? ids.PrivateIp() : instance.PrivateIp,
        };
        cluster.Tasks[task.Arn] = task;
        instance.Tasks.Add(task);
        instance.Reserved += definition.Reserved;
        if (service is not null)
        {
            service.Tasks.Add(task);
            service.ActiveCount++;
        }

        return task;
    }

    /// <summary>Desired STOPPED, keeping the service's counters (which spare the scheduler a scan per pass) in step.</summary>
    private static void MarkDesiredStopped(SimTask task)
    {
        if (task.Service is { } service)
        {
            service.ActiveCount--;
            if (task.LastStatus == EcsTaskStatus.Running)
            {
                service.HealthyCount--;
            }

            if (task.Deployment != service.PrimaryDeployment)
            {
                service.OldDeploymentCount--;
            }
        }

        task.DesiredStatus = EcsTaskStatus.Stopped;
    }

    /// <summary>StopTask / the scheduler: desired STOPPED at once; a task that never ran skips DEACTIVATING.</summary>
    public void StopTask(SimTask task, string reason, string stopCode = "UserInitiated")
    {
        if (!task.IsActive)
        {
            return;
        }

        MarkDesiredStopped(task);
        task.StoppingAt = clock.GetUtcNow();
        task.StoppedReason = reason;
        task.StopCode = stopCode;
        if (task.LastStatus == EcsTaskStatus.Running)
        {
            task.LastStatus = EcsTaskStatus.Deactivating;
            PublishTaskChange(task);
            var drained = loadBalancing.DeregisterTask(task);
            var minimum = clock.GetUtcNow() + timings.Deactivating;
            clock.ScheduleAt(drained > minimum ? drained : minimum, () => Advance(task, EcsTaskStatus.Deactivating, EcsTaskStatus.Stopping));
        }
        else
        {
            PublishTaskChange(task);
            clock.Schedule(TimeSpan.Zero, () => Advance(task, task.LastStatus, EcsTaskStatus.Stopping));
        }

        if (task.Service is { } service)
        {
            MarkDirty(service);
        }

        if (task.Service is { IsDaemon: false } && task.Instance.Status == ContainerInstanceStatus.Draining)
        {
            ReconcileDaemons(task.Instance);
        }
    }

    /// <summary>
    /// The EC2 instance is gone: its tasks are STOPPED at once and the container instance becomes INACTIVE
    /// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_task_events.html: "the tasks that are running on it are transitioned to STOPPED").
    /// </summary>
    public void InstanceTerminated(string ec2InstanceId)
    {
        if (!InstancesByEc2Id.Remove(ec2InstanceId, out var instance))
        {
            return;
        }

        foreach (var task in instance.Tasks.ToList())
        {
            if (task.IsActive)
            {
                MarkDesiredStopped(task);
                task.StoppingAt = clock.GetUtcNow();
                task.StoppedReason = $"Host EC2 (instance {ec2InstanceId}) terminated.";
                loadBalancing.DeregisterTask(task);
            }

            MarkStopped(task);
        }

        instance.AgentConnected = false;
        instance.Status = ContainerInstanceStatus.Inactive;
        instance.Cluster.DrainingInstances.Remove(instance);
        PublishInstanceChange(instance);
    }

    private void Advance(SimTask task, string from, string to)
    {
        if (task.LastStatus != from || task.IsStopped)
        {
            return;
        }

        if (to == EcsTaskStatus.Stopping)
        {
            task.LastStatus = EcsTaskStatus.Stopping;
            PublishTaskChange(task);
            clock.Schedule(timings.Stopping, () => MarkStopped(task));
            return;
        }

        if (!task.IsActive)
        {
            return;
        }

        task.LastStatus = to;
        if (to == EcsTaskStatus.Running && task.Service is { } counted)
        {
            counted.HealthyCount++;
        }

        if (to == EcsTaskStatus.Pending)
        {
            clock.Schedule(timings.Pending, () => Advance(task, EcsTaskStatus.Pending, EcsTaskStatus.Running));
        }
        else
        {
            task.StartedAt = clock.GetUtcNow();
            loadBalancing.RegisterTask(task);
            PublishInstanceChange(task.Instance);
        }

        PublishTaskChange(task);
        if (task.Service is { IsDaemon: false } service)
        {
            MarkDirty(service);
        }
    }

    private void MarkStopped(SimTask task)
    {
        if (task.IsStopped)
        {
            return;
        }

        task.LastStatus = EcsTaskStatus.Stopped;
        task.StoppedAt = clock.GetUtcNow();
        var instance = task.Instance;
        instance.Tasks.Remove(task);
        instance.Reserved -= task.Definition.Reserved;
        task.Service?.Tasks.Remove(task);
        PublishTaskChange(task);
        PublishInstanceChange(instance);

        // Stopped tasks stay describable for at least an hour (DescribeTasks API reference).
        clock.Schedule(TimeSpan.FromHours(1), () => instance.Cluster.Tasks.Remove(task.Arn));
        if (task.Service is { IsDaemon: false } service)
        {
            MarkDirty(service);
        }

        ReconcileDaemons(instance);
        WakeStarvedServices();
    }
}
