using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

public sealed class SimService(SimCluster cluster, string arn, string name, string schedulingStrategy)
{
    public SimCluster Cluster => cluster;

    public string Arn => arn;

    public string Name => name;

    public string Group => "service:" + name;

    public bool IsDaemon => schedulingStrategy == SchedulingStrategy.Daemon;

    /// <summary>Launch type FARGATE: tasks need no container instance (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS_Fargate.html).</summary>
    public bool IsFargate { get; init; }

    public required SimTaskDefinition Definition { get; set; }

    public int DesiredCount { get; set; }

    public int MinimumHealthyPercent { get; set; } = 100;

    public int MaximumPercent { get; set; } = 200;

    public IReadOnlyList<PlacementStrategy> PlacementStrategies { get; init; } = [];

    public IReadOnlyList<PlacementConstraint> PlacementConstraints
    {
        get;
        init
        {
            field = value;
            MemberOfConstraints = [.. value.Where(c => c.Type == "memberOf").Select(c => MemberOfExpression.Parse(c.Expression ?? ""))];
        }
    } = [];

    /// <summary>The memberOf expressions, parsed once.</summary>
    public IReadOnlyList<MemberOfExpression> MemberOfConstraints { get; private set; } = [];

    public IReadOnlyList<string> TargetGroupArns { get; init; } = [];

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>Incremented by UpdateService(forceNewDeployment): tasks of older deployments get replaced.</summary>
    public int PrimaryDeployment { get; set; } = 1;

    /// <summary>Tasks of this service not yet STOPPED.</summary>
    public HashSet<SimTask> Tasks { get; } = [];

    /// <summary>Tasks whose desired status is RUNNING.</summary>
    public int ActiveCount { get; internal set; }

    /// <summary>Tasks desired and last RUNNING: what minimumHealthyPercent counts.</summary>
    public int HealthyCount { get; internal set; }

    /// <summary>Active tasks of deployments older than the primary one.</summary>
    public int OldDeploymentCount { get; internal set; }

    public int RunningCount => Tasks.Count(t => t.LastStatus == EcsTaskStatus.Running);

    public int PendingCount => Tasks.Count(t => t.LastStatus is EcsTaskStatus.Provisioning or EcsTaskStatus.Pending);

    public bool HasOldDeployment => OldDeploymentCount > 0;

    public EcsService ToModel() => new(
        arn, name, cluster.Arn, schedulingStrategy, IsDaemon ? Tasks.Count(t => t.IsActive) : DesiredCount, RunningCount, PendingCount,
        MinimumHealthyPercent, MaximumPercent, Definition.Arn, PlacementStrategies, PlacementConstraints,
        [.. TargetGroupArns.Select(tg => new ServiceLoadBalancer(tg, Definition.ContainerName, Definition.ContainerPort))],
        HasOldDeployment ? 2 : 1, new Dictionary<string, string>(Tags, StringComparer.Ordinal));
}
