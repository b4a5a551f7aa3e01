using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>Terse constructors for domain records in tests.</summary>
public static class Build
{
    public const string ClusterArn = "arn:aws:ecs:us-east-1:123456789012:cluster/prod";

    public static ContainerInstance Instance(string ec2Id, ContainerInstanceStatus status = ContainerInstanceStatus.Active, string az = "us-east-1a", int cpu = 4096, int memory = 8192, string cluster = ClusterArn) =>
        new($"{cluster.Replace(":cluster/", ":container-instance/", StringComparison.Ordinal)}/{ec2Id}", cluster, ec2Id, status, AgentConnected: true,
            new Resources(cpu, memory), new Resources(cpu, memory), 0, 0,
            new Dictionary<string, string?> { [ContainerInstance.AvailabilityZoneAttribute] = az }, RegisteredAt: null);

    public static EcsTask Task(string id, ContainerInstance on, string group = "service:web", string lastStatus = EcsTaskStatus.Running, string desiredStatus = EcsTaskStatus.Running, int cpu = 256, int memory = 512, DateTimeOffset? startedAt = null) =>
        new($"{on.ClusterArn.Replace(":cluster/", ":task/", StringComparison.Ordinal)}/{id}", on.ClusterArn, on.Arn, "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1",
            group, lastStatus, desiredStatus, group.StartsWith("service:", StringComparison.Ordinal) ? "ecs-svc/1" : null, "EC2",
            new Resources(cpu, memory), startedAt, startedAt, null, null, null, on.AvailabilityZone, []);

    public static EcsService Service(string name, int desired, int minHealthy = 100, int maxPercent = 200, string scheduling = SchedulingStrategy.Replica, string cluster = ClusterArn) =>
        new($"arn:aws:ecs:us-east-1:123456789012:service/prod/{name}", name, cluster, scheduling, desired, desired, 0, minHealthy, maxPercent,
            "arn:aws:ecs:us-east-1:123456789012:task-definition/web:1", [], [], [], 1, new Dictionary<string, string>());
}
