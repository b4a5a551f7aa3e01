using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;

namespace EcsScaling.Core.Tests.Rebalance;

/// <summary>
/// Plays the ECS service scheduler after a plan, written independently of the planner: each
/// stopped task is gone and its replacement starts (RUNNING, just now) on the instance the
/// service's strategy prefers — spread: fewest tasks of the service per zone and/or instance
/// (no strategy: zone, then instance), then the emptiest by CPU reservation; binpack: least of
/// the field left; then the first in the list. Instances stay ACTIVE.
/// </summary>
internal static class SchedulerSimulator
{
    public static (ClusterSnapshot After, List<string> PlacedOn) Apply(ClusterSnapshot before, RebalancePlan plan, DateTimeOffset now)
    {
        var instances = before.Instances.ToList();
        var tasks = before.Tasks.ToList();
        var placedOn = new List<string>();
        foreach (var move in plan.Moves)
        {
            var task = tasks.Single(t => t.Arn == move.TaskArn);
            tasks.Remove(task);
            Release(instances, task.ContainerInstanceArn!, task.Reserved, -1);
            var service = before.Services.Single(s => s.Name == task.ServiceName);
            var target = Choose(service, instances, tasks, task.Reserved);
            placedOn.Add(target.Arn);
            Release(instances, target.Arn, task.Reserved, +1);
            tasks.Add(task with { Arn = task.Arn + "-replacement", ContainerInstanceArn = target.Arn, AvailabilityZone = target.AvailabilityZone, StartedAt = now, CreatedAt = now });
        }

        return (before with { Instances = instances, Tasks = tasks, TakenAt = now }, placedOn);
    }

    private static ContainerInstance Choose(EcsService service, List<ContainerInstance> instances, List<EcsTask> tasks, Resources demand)
    {
        var own = tasks.Where(t => t.ServiceName == service.Name).ToList();
        int OnInstance(ContainerInstance i) => own.Count(t => t.ContainerInstanceArn == i.Arn);
        int InZone(ContainerInstance i) => own.Count(t => instances.Single(x => x.Arn == t.ContainerInstanceArn).AvailabilityZone == i.AvailabilityZone);
        var placeable = instances.Where(i => i.Status == ContainerInstanceStatus.Active && i.AgentConnected).ToList();
        var candidates = placeable.Where(i => i.Remaining.Fits(demand)).ToList();
        if (service.PlacementConstraints.Any(c => c.Type == "distinctInstance"))
        {
            candidates = [.. candidates.Where(i => OnInstance(i) == 0)];
        }

        var fields = service.PlacementStrategies.Count == 0 ? ["attribute:ecs.availability-zone", "instanceId"] : service.PlacementStrategies.Select(s => s.Field!).ToList();
        foreach (var field in fields)
        {
            if (field is "cpu" or "memory")
            {
                // binpack: the least of the field left wins, within the zones a spread kept.
                int Left(ContainerInstance i) => field == "cpu" ? i.Remaining.Cpu : i.Remaining.MemoryMiB;
                return candidates.OrderBy(Left).ThenBy(instances.IndexOf).First();
            }

            if (field == "instanceId")
            {
                var fewest = candidates.Min(OnInstance);
                candidates = [.. candidates.Where(i => OnInstance(i) == fewest)];
            }
            else
            {
                // Zones compete by their count over all placeable instances, as the planner's zone filter does.
                // A binpack service's zones compete among instances that fit, as ECS filters before it ranks.
                var zoneFewest = (fields.Any(f => f is "cpu" or "memory") ? candidates : placeable).Select(InZone).Min();
                var inBestZones = candidates.Where(i => InZone(i) == zoneFewest).ToList();
                candidates = field == fields[0] ? inBestZones : [.. candidates.Where(i => InZone(i) == candidates.Min(InZone))];
            }
        }

        return candidates.OrderBy(Fraction).ThenBy(instances.IndexOf).First();
    }

    private static double Fraction(ContainerInstance i) => (double)i.Reserved.Cpu / i.Registered.Cpu;

    private static void Release(List<ContainerInstance> instances, string arn, Resources reserved, int sign)
    {
        var index = instances.FindIndex(i => i.Arn == arn);
        var instance = instances[index];
        instances[index] = instance with { Remaining = sign > 0 ? instance.Remaining - reserved : instance.Remaining + reserved };
    }
}
