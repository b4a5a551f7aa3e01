using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// How many tasks of a service must stay healthy (RUNNING) at every step:
/// ⌈desired × minimumHealthyPercent / 100⌉, and never less than one task of a service that wants
/// any (a rebalance is not worth an outage, whatever minimumHealthyPercent allows).
/// </summary>
public static class ServiceFloor
{
    public static int Of(EcsService service)
    {
        var floor = (int)Math.Ceiling(service.DesiredCount * service.MinimumHealthyPercent / 100.0);
        return service.DesiredCount > 0 ? Math.Max(1, floor) : floor;
    }

    /// <summary>Tasks that may be stopped now: healthy tasks above the floor. ECS's runningCount is used too when lower.</summary>
    public static int StopBudget(EcsService service, int healthyTasks) =>
        Math.Max(0, Math.Min(healthyTasks, service.RunningCount) - Of(service));
}
