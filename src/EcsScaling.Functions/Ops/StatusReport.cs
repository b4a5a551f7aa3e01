using EcsScaling.Core.Clusters;
using EcsScaling.Core.Policies.Profiles;

namespace EcsScaling.Functions.Ops;

/// <summary>A draining instance and how far along it is.</summary>
public sealed record DrainProgress(string Ec2InstanceId, string ContainerInstanceArn, int TasksLeft, DateTimeOffset? DrainStarted, string? Reason);

public sealed record ClusterStatus(ClusterMeasurement Measurement, IReadOnlyList<DrainProgress> Draining);

public sealed record StatusReport(IReadOnlyList<ClusterStatus> Clusters, ActiveProfile? PolicyProfile);
