using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Load;

/// <summary>Used and reserved resources of one service's RUNNING tasks in one minute.</summary>
public sealed record ServiceUsage(string Service, int RunningTasks, double CpuUsed, double CpuReserved, double MemoryUsed, double MemoryReserved)
{
    /// <summary>ECS's service CPUUtilization: CPU used ÷ CPU reserved by the service's tasks, in percent (may exceed 100 on EC2).</summary>
    public double CpuUtilization => CpuReserved == 0 ? 0 : 100 * CpuUsed / CpuReserved;

    public double MemoryUtilization => MemoryReserved == 0 ? 0 : 100 * MemoryUsed / MemoryReserved;
}

/// <summary>One minute of a cluster's load: per service, and the CPU used on ACTIVE container instances (what cluster CPUUtilization divides).</summary>
public sealed record LoadSnapshot(IReadOnlyDictionary<string, ServiceUsage> Services, double ActiveInstanceCpuUsed);

/// <summary>
/// Turns demand into per-task CPU and memory. Each RUNNING task of a service wants an equal share of
/// the service's demand. On an instance every task gets what it wants up to its reservation (CPU
/// reservation is a guaranteed share under contention); CPU left over is shared among the tasks that
/// want more, in proportion to their reservation, up to their hard limit if they have one — the
/// Linux soft limit ("cpu" as CPU shares: a container may use more than its share when the instance has
/// spare, https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#ContainerDefinition-cpu).
/// Fargate tasks are capped at their reservation (task size is a hard limit there).
/// </summary>
public static class Utilisation
{
    public static LoadSnapshot Of(SimCluster cluster, IReadOnlyDictionary<string, ServiceDemand> demands, Func<string, double> multiplier)
    {
        var wantPerTask = new Dictionary<SimService, double>();
        foreach (var service in cluster.Services.Values)
        {
            var demand = demands.GetValueOrDefault(service.Name);
            var running = service.HealthyCount;
            var scale = demand is null ? 0 : demand.FollowsLoad ? multiplier(service.Name) : 1;
            wantPerTask[service] = demand is null || running == 0 ? 0 : service.IsDaemon ? demand.CpuAtBaseLoad * scale : demand.CpuAtBaseLoad * scale / running;
        }

        var used = new Dictionary<SimService, (double Cpu, double CpuReserved, double Memory, double MemoryReserved, int Tasks)>();
        var hosts = cluster.Instances.Values.Where(i => i.Status != ContainerInstanceStatus.Inactive).ToList();
        if (cluster.FargateCapacity is { } fargate)
        {
            hosts.Add(fargate);
        }

        var activeCpu = 0.0;
        foreach (var host in hosts)
        {
            var cpu = Share(host, demands, wantPerTask, used);
            activeCpu += host.Status == ContainerInstanceStatus.Active && !host.IsFargate ? cpu : 0;
        }

        return new LoadSnapshot(cluster.Services.Values.ToDictionary(s => s.Name, s =>
        {
            var u = used.GetValueOrDefault(s);
            return new ServiceUsage(s.Name, u.Tasks, u.Cpu, u.CpuReserved, u.Memory, u.MemoryReserved);
        }, StringComparer.Ordinal), activeCpu);
    }

    /// <summary>
    /// CPU left over goes to the tasks that want more in proportion to their CPU shares (their reservation), none
    /// getting more than it wants; what a satisfied task leaves is shared again among the others.
    /// </summary>
    private static double[] ShareSpare(double spare, double[] more, double[] shares)
    {
        var extra = new double[more.Length];
        var wanting = Enumerable.Range(0, more.Length).Where(i => more[i] > 0).ToList();
        while (spare > 1e-9 && wanting.Count > 0)
        {
            var weight = wanting.Sum(i => shares[i]);
            var round = spare;
            foreach (var i in wanting)
            {
                var give = Math.Min(more[i] - extra[i], round * shares[i] / weight);
                extra[i] += give;
                spare -= give;
            }

            wanting.RemoveAll(i => more[i] - extra[i] <= 1e-9);
        }

        return extra;
    }

    /// <summary>Shares one host's CPU among its RUNNING service tasks; returns the CPU they use.</summary>
    private static double Share(SimContainerInstance host, IReadOnlyDictionary<string, ServiceDemand> demands, Dictionary<SimService, double> wantPerTask,
        Dictionary<SimService, (double Cpu, double CpuReserved, double Memory, double MemoryReserved, int Tasks)> used)
    {
        var tasks = host.Tasks.Where(t => t.Service is not null && t.IsActive && t.LastStatus == EcsTaskStatus.Running).ToList();
        if (tasks.Count == 0)
        {
            return 0;
        }

        var guaranteed = new double[tasks.Count];
        var more = new double[tasks.Count];
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var want = wantPerTask[task.Service!];
            var reserved = task.Definition.Reserved.Cpu;
            var limit = host.IsFargate ? reserved : demands.GetValueOrDefault(task.Service!.Name)?.CpuHardLimit is { } hard ? hard * reserved : double.MaxValue;
            guaranteed[i] = Math.Min(Math.Min(want, reserved), limit);
            more[i] = Math.Max(0, Math.Min(want, limit) - guaranteed[i]);
        }

        var extra = ShareSpare(Math.Max(0, host.Registered.Cpu - guaranteed.Sum()), more, [.. tasks.Select(t => (double)t.Definition.Reserved.Cpu)]);
        var total = 0.0;
        for (var i = 0; i < tasks.Count; i++)
        {
            var task = tasks[i];
            var service = task.Service!;
            var cpu = guaranteed[i] + extra[i];
            total += cpu;
            var reserved = task.Definition.Reserved;
            var demand = demands.GetValueOrDefault(service.Name);
            var memoryShare = demand is null ? 0 : Math.Min(1, demand.MemoryIdle + (demand.MemoryPerCpu * cpu / reserved.Cpu));
            var sum = used.GetValueOrDefault(service);
            used[service] = (sum.Cpu + cpu, sum.CpuReserved + reserved.Cpu, sum.Memory + (memoryShare * reserved.MemoryMiB), sum.MemoryReserved + reserved.MemoryMiB, sum.Tasks + 1);
        }

        return total;
    }
}
