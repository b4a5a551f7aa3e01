using System.Globalization;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Ecs;

/// <summary>ECS wire shapes to Core records. ECS timestamps are epoch seconds with a fraction.</summary>
public static class EcsMapping
{
    public static Cluster ToCluster(EcsCluster c) => new(
        c.ClusterArn ?? string.Empty, c.ClusterName ?? string.Empty, c.Status ?? string.Empty,
        c.RegisteredContainerInstancesCount, c.RunningTasksCount, c.PendingTasksCount, Tags(c.Tags));

    public static ContainerInstance ToContainerInstance(EcsContainerInstance i, string clusterArn) => new(
        i.ContainerInstanceArn ?? string.Empty,
        clusterArn,
        i.Ec2InstanceId ?? string.Empty,
        ContainerInstanceStatusText.Wire.Parse(i.Status),
        i.AgentConnected,
        Resources(i.RegisteredResources),
        Resources(i.RemainingResources),
        i.RunningTasksCount,
        i.PendingTasksCount,
        // A nameless attribute (moto sends one in UpdateContainerInstancesState answers) cannot be a key: skipped.
        (i.Attributes ?? []).Where(a => a.Name is not null).GroupBy(a => a.Name).ToDictionary(g => g.Key, g => g.Last().Value),
        Time(i.RegisteredAt));

    public static EcsTask ToTask(EcsTaskShape t) => new(
        t.TaskArn ?? string.Empty,
        t.ClusterArn ?? string.Empty,
        t.ContainerInstanceArn,
        t.TaskDefinitionArn ?? string.Empty,
        t.Group ?? string.Empty,
        t.LastStatus ?? string.Empty,
        t.DesiredStatus ?? string.Empty,
        t.StartedBy,
        t.LaunchType,
        new Resources(Int(t.Cpu), Int(t.Memory)),
        Time(t.CreatedAt),
        Time(t.StartedAt),
        Time(t.StoppedAt),
        t.StopCode,
        t.StoppedReason,
        t.AvailabilityZone,
        [.. (t.Containers ?? []).SelectMany(Endpoints)]);

    public static EcsService ToService(EcsServiceShape s) => new(
        s.ServiceArn ?? string.Empty,
        s.ServiceName ?? string.Empty,
        s.ClusterArn ?? string.Empty,
        s.SchedulingStrategy ?? SchedulingStrategy.Replica,
        s.DesiredCount,
        s.RunningCount,
        s.PendingCount,
        s.DeploymentConfiguration?.MinimumHealthyPercent ?? 100,
        s.DeploymentConfiguration?.MaximumPercent ?? 200,
        s.TaskDefinition ?? string.Empty,
        [.. (s.PlacementStrategy ?? []).Select(p => new PlacementStrategy(p.Type ?? string.Empty, p.Field))],
        [.. (s.PlacementConstraints ?? []).Select(p => new PlacementConstraint(p.Type ?? string.Empty, p.Expression))],
        [.. (s.LoadBalancers ?? []).Select(l => new ServiceLoadBalancer(l.TargetGroupArn, l.ContainerName, l.ContainerPort))],
        s.Deployments?.Count ?? 0,
        Tags(s.Tags));

    public static IReadOnlyDictionary<string, string> Tags(List<EcsTag>? tags) =>
        (tags ?? []).Where(t => t.Key is not null).GroupBy(t => t.Key!).ToDictionary(g => g.Key, g => g.Last().Value ?? string.Empty);

    private static IEnumerable<TaskEndpoint> Endpoints(EcsContainer c) =>
        (c.NetworkBindings ?? []).Select(b => new TaskEndpoint(null, b.HostPort, b.ContainerPort, c.Name))
            .Concat((c.NetworkInterfaces ?? []).Where(n => n.PrivateIpv4Address is not null).Select(n => new TaskEndpoint(n.PrivateIpv4Address, null, null, c.Name)));

    private static Resources Resources(List<EcsResource>? resources)
    {
        int Value(string name) => resources?.FirstOrDefault(r => r.Name == name) is { } r ? r.IntegerValue ?? (int)(r.LongValue ?? (long)(r.DoubleValue ?? 0)) : 0;
        return new Resources(Value("CPU"), Value("MEMORY"));
    }

    /// <summary>Task cpu/memory are strings ("256", or "1 vCPU" / "2 GB" as submitted): only the numeric form is counted.</summary>
    private static int Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static DateTimeOffset? Time(double? epochSeconds) =>
        epochSeconds is { } s ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(s * 1000)) : null;
}
