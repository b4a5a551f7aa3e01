using EcsScaling.Core.Model;
using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.LoadBalancing;

namespace EcsScaling.Simulation.Ecs;

/// <summary>
/// Amazon ECS on EC2 for one account and region: clusters, container instances, services and
/// tasks, plus the behaviour the service scheduler and the agent provide (placement, replacement
/// of tasks on DRAINING instances, the task lifecycle). The gateway reads and mutates it; the
/// rest of the simulator (Auto Scaling, scenarios) calls the public methods directly.
/// </summary>
public sealed partial class EcsModel(VirtualClock clock, Random random, SimIds ids, EcsTimings timings, EventBus bus, LoadBalancingModel loadBalancing)
{
    private readonly Placement _placement = new(random);
    private readonly Dictionary<string, SimCluster> _clustersByArn = new(StringComparer.Ordinal);

    public Dictionary<string, SimCluster> Clusters { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimTaskDefinition> TaskDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>EC2 instance id → its container instance, across clusters.</summary>
    public Dictionary<string, SimContainerInstance> InstancesByEc2Id { get; } = new(StringComparer.Ordinal);

    /// <summary>Capacity providers attached to a cluster (AutoScaling.SimCapacityProvider), as DescribeCapacityProviders lists them.</summary>
    public List<AutoScaling.SimCapacityProvider> CapacityProviders { get; } = [];

    /// <summary>Service event messages ("unable to place a task…"), as DescribeServices shows them.</summary>
    public List<(DateTimeOffset At, string Service, string Message)> ServiceMessages { get; } = [];

    public SimCluster CreateCluster(string name)
    {
        var cluster = new SimCluster(name, ids.Arn("ecs", "cluster/" + name));
        Clusters[name] = cluster;
        _clustersByArn[cluster.Arn] = cluster;
        return cluster;
    }

    /// <summary>Accepts a cluster name or ARN, as the ECS API does; null when there is no such cluster.</summary>
    public SimCluster? FindCluster(string nameOrArn) =>
        _clustersByArn.TryGetValue(nameOrArn, out var byArn) ? byArn : Clusters.GetValueOrDefault(nameOrArn);

    public SimTaskDefinition RegisterTaskDefinition(string family, int cpu, int memoryMiB, string networkMode = "bridge", int containerPort = 8080)
    {
        var revision = TaskDefinitions.Values.Count(d => d.Family == family) + 1;
        var definition = new SimTaskDefinition(ids.Arn("ecs", $"task-definition/{family}:{revision}"), family, revision, new Resources(cpu, memoryMiB), networkMode, family, containerPort);
        TaskDefinitions[definition.Arn] = definition;
        return definition;
    }

    /// <summary>
    /// What the ECS agent does at boot: RegisterContainerInstance with the instance's resources and the
    /// ecs.availability-zone attribute (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-agent-config.html).
    /// </summary>
    public SimContainerInstance RegisterInstance(SimCluster cluster, string ec2InstanceId, string availabilityZone, Resources capacity, IReadOnlyDictionary<string, string?>? attributes = null)
    {
        var instance = new SimContainerInstance(cluster, ids.Arn("ecs", $"container-instance/{cluster.Name}/{ids.Hex(32)}"), ec2InstanceId, availabilityZone, capacity, clock.GetUtcNow())
        {
            PrivateIp = ids.PrivateIp(),
        };
        instance.Attributes[ContainerInstance.AvailabilityZoneAttribute] = availabilityZone;
        instance.Attributes["ecs.os-type"] = "linux";
        foreach (var (name, value) in attributes ?? new Dictionary<string, string?>())
        {
            instance.Attributes[name] = value;
        }

        cluster.Instances[instance.Arn] = instance;
        InstancesByEc2Id[ec2InstanceId] = instance;
        PublishInstanceChange(instance);
        ReconcileDaemons(instance);
        WakeStarvedServices();
        return instance;
    }

    /// <summary>CreateService; deployment limits and placement as in https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html.</summary>
    public SimService CreateService(SimCluster cluster, string name, SimTaskDefinition definition, int desiredCount, ServiceSpec? spec = null)
    {
        spec ??= new ServiceSpec();
        Placement.Validate(spec.PlacementStrategies, spec.PlacementConstraints);
        if (spec.MinimumHealthyPercent is < 0 or > 100 || spec.MaximumPercent < 100)
        {
            throw new ArgumentException($"service {name}: minimumHealthyPercent must be 0–100 and maximumPercent at least 100");
        }

        var service = new SimService(cluster, ids.Arn("ecs", $"service/{cluster.Name}/{name}"), name, spec.Daemon ? SchedulingStrategy.Daemon : SchedulingStrategy.Replica)
        {
            Definition = definition,
            DesiredCount = spec.Daemon ? 0 : desiredCount,
            MinimumHealthyPercent = spec.MinimumHealthyPercent,
            MaximumPercent = spec.MaximumPercent,
            PlacementStrategies = spec.PlacementStrategies,
            PlacementConstraints = spec.PlacementConstraints,
            TargetGroupArns = spec.TargetGroupArns,
            IsFargate = spec.Fargate,
        };
        cluster.Services[name] = service;
        if (service.IsDaemon)
        {
            foreach (var instance in cluster.Instances.Values.ToList())
            {
                ReconcileDaemons(instance);
            }
        }
        else
        {
            MarkDirty(service);
        }

        return service;
    }

    /// <summary>
    /// UpdateContainerInstancesState: DRAINING stops placement here and starts replacing service tasks; ACTIVE undoes it
    /// (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateContainerInstancesState.html).
    /// </summary>
    public void SetInstanceStatus(SimContainerInstance instance, ContainerInstanceStatus status)
    {
        if (instance.Status == status)
        {
            return;
        }

        instance.Status = status;
        if (status == ContainerInstanceStatus.Draining)
        {
            instance.Cluster.DrainingInstances.Add(instance);
        }
        else
        {
            instance.Cluster.DrainingInstances.Remove(instance);
        }

        PublishInstanceChange(instance);
        foreach (var service in instance.Tasks.Select(t => t.Service).OfType<SimService>().Where(s => !s.IsDaemon).Distinct().ToList())
        {
            MarkDirty(service);
        }

        ReconcileDaemons(instance);
        WakeStarvedServices();
    }

    /// <summary>
    /// The agent lost (or regained) its connection: the scheduler places nothing on a disconnected
    /// instance, but its tasks keep running (agentConnected in the ContainerInstance API reference).
    /// </summary>
    public void SetAgentConnected(SimContainerInstance instance, bool connected)
    {
        if (instance.AgentConnected == connected)
        {
            return;
        }

        instance.AgentConnected = connected;
        PublishInstanceChange(instance);
        ReconcileDaemons(instance);
        WakeStarvedServices();
    }

    /// <summary>
    /// UpdateService: a new desired count and/or a forced new deployment, which replaces every task within min/max percent
    /// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html).
    /// </summary>
    public void UpdateService(SimService service, int? desiredCount = null, bool forceNewDeployment = false)
    {
        if (desiredCount is { } desired && !service.IsDaemon)
        {
            service.DesiredCount = desired;
        }

        if (forceNewDeployment)
        {
            service.PrimaryDeployment++;
            service.OldDeploymentCount = service.ActiveCount;
        }

        MarkDirty(service);
    }

    /// <summary>ECS task scale-in protection, 2 h by default (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-scale-in-protection.html).</summary>
    public void SetTaskProtection(SimTask task, bool enabled, TimeSpan? expiresIn = null) =>
        task.ProtectedUntil = enabled ? clock.GetUtcNow() + (expiresIn ?? TimeSpan.FromHours(2)) : null;

    /// <summary>Whether one more task of the service would fit somewhere right now (used to judge "lost" tasks).</summary>
    public bool HasCapacityFor(SimService service) => new Placement(new Random(0)).Choose(service, PlacementCandidates(service)) is not null;

    public IEnumerable<SimTask> AllTasks => Clusters.Values.SelectMany(c => c.Tasks.Values);

    /// <summary>Fargate capacity is effectively unlimited for a service's tasks; it is never listed as a container instance.</summary>
    private SimContainerInstance FargateCapacityOf(SimCluster cluster) => cluster.FargateCapacity ??=
        new SimContainerInstance(cluster, ids.Arn("ecs", $"fargate/{cluster.Name}"), "fargate", "fargate", new Resources(int.MaxValue / 2, int.MaxValue / 2), clock.GetUtcNow())
        {
            IsFargate = true,
        };

    /// <summary>Where the scheduler may place a task of the service: the cluster's instances, or Fargate capacity.</summary>
    private IEnumerable<SimContainerInstance> PlacementCandidates(SimService service) =>
        service.IsFargate ? [FargateCapacityOf(service.Cluster)] : service.Cluster.Instances.Values;

    private void PublishInstanceChange(SimContainerInstance instance)
    {
        if (instance.IsFargate)
        {
            return;
        }

        instance.Version++;
        if (bus.Recording || bus.HasSubscribers)
        {
            bus.Publish(EcsEventJson.ContainerInstanceStateChange(ids, clock.GetUtcNow(), instance));
        }
    }

    private void PublishTaskChange(SimTask task)
    {
        task.Version++;
        if (bus.Recording || bus.HasSubscribers)
        {
            bus.Publish(EcsEventJson.TaskStateChange(ids, clock.GetUtcNow(), task));
        }
    }
}
