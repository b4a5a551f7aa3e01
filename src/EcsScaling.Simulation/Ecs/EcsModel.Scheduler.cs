using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

/// <summary>
/// The replica service scheduler. It only looks at services something happened to ("dirty"),
/// coalesced into one pass shortly after, so a quiet cluster of any size costs nothing per tick.
/// </summary>
public sealed partial class EcsModel
{
    private readonly HashSet<SimService> _dirty = [];
    private readonly HashSet<SimService> _starved = [];
    private bool _passScheduled;

    private void MarkDirty(SimService service)
    {
        _dirty.Add(service);
        if (!_passScheduled)
        {
            _passScheduled = true;
            clock.Schedule(timings.SchedulerReaction, RunSchedulerPass);
        }
    }

    /// <summary>Capacity appeared (an instance registered or a task released its resources): services that could not place get another try.</summary>
    private void WakeStarvedServices()
    {
        if (_starved.Count == 0)
        {
            return;
        }

        foreach (var service in _starved)
        {
            MarkDirty(service);
        }

        _starved.Clear();
    }

    private void RunSchedulerPass()
    {
        _passScheduled = false;
        var services = _dirty.ToList();
        _dirty.Clear();
        foreach (var service in services)
        {
            if (!service.IsDaemon)
            {
                ReconcileReplicaService(service);
            }
        }
    }

    /// <summary>
    /// Keeps the desired count and replaces tasks on DRAINING instances (and of older deployments)
    /// within the deployment configuration
    /// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-instance-draining.html):
    /// PENDING tasks there stop at once; replacements start while the total stays ≤ maximumPercent;
    /// RUNNING ones stop while the healthy count stays ≥ minimumHealthyPercent.
    /// </summary>
    private void ReconcileReplicaService(SimService service)
    {
        var desired = service.DesiredCount;
        var replaceable = ReplaceableTasks(service);
        foreach (var notStarted in replaceable.Where(t => t.LastStatus != EcsTaskStatus.Running).ToList())
        {
            StopTask(notStarted, "Container instance is draining or the task belongs to an old deployment", "ServiceSchedulerInitiated");
            replaceable.Remove(notStarted);
        }

        var keep = service.ActiveCount - replaceable.Count;

        // maximumPercent rounds down and minimumHealthyPercent rounds up (service definition parameters).
        var maxTotal = desired * service.MaximumPercent / 100;
        var minHealthy = (desired * service.MinimumHealthyPercent + 99) / 100;
        var toStart = Math.Min(desired - keep, maxTotal - service.ActiveCount);
        var started = 0;
        while (started < toStart && _placement.Choose(service, PlacementCandidates(service)) is { } instance)
        {
            StartTask(instance, service.Definition, service);
            started++;
        }

        if (started < desired - keep)
        {
            NoteStarved(service, desired - keep - started);
        }

        foreach (var task in replaceable.Take(Math.Max(0, service.HealthyCount - minHealthy)))
        {
            StopTask(task, "Task is being replaced: container instance DRAINING or new deployment", "ServiceSchedulerInitiated");
        }

        if (keep > desired)
        {
            ScaleIn(service, keep - desired);
        }
    }

    /// <summary>Active tasks on DRAINING instances or of old deployments, found without scanning the whole service when there is no deployment.</summary>
    private static List<SimTask> ReplaceableTasks(SimService service)
    {
        IEnumerable<SimTask> candidates = service.OldDeploymentCount > 0
            ? service.Tasks
            : service.Cluster.DrainingInstances.SelectMany(i => i.Tasks).Where(t => t.Service == service);
        return candidates.Where(t => t.IsActive && IsReplaceable(service, t)).ToList();
    }

    private static bool IsReplaceable(SimService service, SimTask task) =>
        task.Instance.Status == ContainerInstanceStatus.Draining || task.Deployment != service.PrimaryDeployment;

    private void NoteStarved(SimService service, int missing)
    {
        if (_starved.Add(service))
        {
            ServiceMessages.Add((clock.GetUtcNow(), service.Name,
                $"(service {service.Name}) was unable to place {missing} task(s) because no container instance met all of its requirements."));
        }
    }

    /// <summary>
    /// Scale-in keeps AZs then instances balanced and skips protected tasks
    /// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-scale-in-protection.html).
    /// </summary>
    private void ScaleIn(SimService service, int count)
    {
        var now = clock.GetUtcNow();
        var candidates = service.Tasks.Where(t => t.IsActive && !IsReplaceable(service, t) && !(t.ProtectedUntil > now)).ToList();
        for (var i = 0; i < count && candidates.Count > 0; i++)
        {
            var perZone = candidates.CountBy(t => t.Instance.AvailabilityZone).ToDictionary(StringComparer.Ordinal);
            var perInstance = candidates.CountBy(t => t.Instance).ToDictionary();
            var victim = candidates
                .OrderBy(t => t.LastStatus == EcsTaskStatus.Running ? 1 : 0)
                .ThenByDescending(t => perZone[t.Instance.AvailabilityZone])
                .ThenByDescending(t => perInstance[t.Instance])
                .First();
            candidates.Remove(victim);
            StopTask(victim, "Scaling activity initiated by (deployment ecs-svc)", "ServiceSchedulerInitiated");
        }
    }
}
