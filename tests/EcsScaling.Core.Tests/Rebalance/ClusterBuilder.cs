using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Rebalance;

/// <summary>
/// Builds consistent clusters for planner and executor tests: adding a task reserves its
/// resources on the instance (Remaining) and counts it there, as ECS reports it.
/// </summary>
internal sealed class ClusterBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    private readonly List<ContainerInstance> _instances = [];
    private readonly List<EcsTask> _tasks = [];
    private readonly List<EcsService> _services = [];
    private int _taskNumber;

    public IReadOnlyList<ContainerInstance> Instances => _instances;

    public IReadOnlyList<EcsTask> AllTasks => _tasks;

    public ContainerInstance Instance(string ec2Id, string az = "us-east-1a", int cpu = 4096, ContainerInstanceStatus status = ContainerInstanceStatus.Active)
    {
        var instance = Build.Instance(ec2Id, status, az, cpu);
        _instances.Add(instance);
        return instance;
    }

    public EcsService Service(EcsService service)
    {
        _services.Add(service);
        return service;
    }

    public EcsService Service(string name, int desired, int minHealthy = 50, int maxPercent = 200, params PlacementStrategy[] strategies) =>
        Service(Build.Service(name, desired, minHealthy, maxPercent) with { PlacementStrategies = strategies });

    /// <summary>A task of the service (or "family:x" group) on the instance, started an hour ago unless told otherwise.</summary>
    public EcsTask Task(string group, string ec2Id, int cpu = 512, string lastStatus = EcsTaskStatus.Running, TimeSpan? age = null)
    {
        var index = _instances.FindIndex(i => i.Ec2InstanceId == ec2Id);
        var instance = _instances[index];
        var fullGroup = group.Contains(':', StringComparison.Ordinal) ? group : "service:" + group;
        var task = Build.Task($"t{++_taskNumber:D4}", instance, fullGroup, lastStatus, cpu: cpu, memory: 256, startedAt: Now - (age ?? TimeSpan.FromHours(1)));
        var running = lastStatus == EcsTaskStatus.Running ? 1 : 0;
        _instances[index] = instance with
        {
            Remaining = instance.Remaining - task.Reserved,
            RunningTasksCount = instance.RunningTasksCount + running,
            PendingTasksCount = instance.PendingTasksCount + 1 - running,
        };
        _tasks.Add(task);
        return task;
    }

    public void Tasks(string service, string ec2Id, int count, int cpu = 512)
    {
        for (var i = 0; i < count; i++)
        {
            Task(service, ec2Id, cpu);
        }
    }

    public ClusterSnapshot Snapshot() => new(Build.ClusterArn, Now, [.. _instances], [.. _tasks], [.. _services], TasksLoaded: true);

    public FakeEcs ToFake()
    {
        var ecs = new FakeEcs();
        ecs.Clusters[Build.ClusterArn] = new Cluster(Build.ClusterArn, "prod", "ACTIVE", _instances.Count, _tasks.Count, 0, new Dictionary<string, string>());
        _instances.ForEach(i => ecs.AddInstance(i));
        _tasks.ForEach(t => ecs.AddTask(t));
        _services.ForEach(s => ecs.AddService(s));
        return ecs;
    }

    public static PlacementStrategy SpreadZone => new("spread", "attribute:ecs.availability-zone");

    public static PlacementStrategy SpreadInstance => new("spread", "instanceId");
}
