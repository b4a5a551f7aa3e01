namespace EcsScaling.Simulation.Ecs;

/// <summary>
/// The daemon scheduler (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html#service_scheduler_daemon):
/// one task per ACTIVE instance that meets the constraints; on a DRAINING instance daemon tasks
/// are stopped last, but "last" is once no replica task there is still RUNNING, not once they are
/// all STOPPED (amazon-ecs-agent #3829, acknowledged as a duplicate of containers-roadmap #1700):
/// a log shipper or proxy may be stopping while replicas still deregister and shut down.
/// Standalone tasks are never touched.
/// </summary>
public sealed partial class EcsModel
{
    private void ReconcileDaemons(SimContainerInstance instance)
    {
        var daemons = instance.Cluster.Services.Values.Where(s => s.IsDaemon).ToList();
        if (daemons.Count == 0)
        {
            return;
        }

        if (instance.IsPlaceable)
        {
            foreach (var daemon in daemons)
            {
                var eligible = Placement.MatchesAll(daemon.MemberOfConstraints, instance);
                if (eligible && !Placement.HostsActiveTaskOf(instance, daemon) && instance.Remaining.Fits(daemon.Definition.Reserved))
                {
                    StartTask(instance, daemon.Definition, daemon);
                }
            }

            return;
        }

        if (instance.Status == Core.Model.ContainerInstanceStatus.Draining && !instance.Tasks.Any(t => t.Service is { IsDaemon: false } && t.IsActive))
        {
            foreach (var task in instance.Tasks.Where(t => t.IsDaemon && t.IsActive).ToList())
            {
                StopTask(task, "Container instance is draining: daemon tasks stop last", "ServiceSchedulerInitiated");
            }
        }
    }
}
