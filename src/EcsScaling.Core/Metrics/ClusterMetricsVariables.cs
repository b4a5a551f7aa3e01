using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Metrics;

/// <summary>The environment variables of the cluster-metrics function, for README and template.yaml (copy from <see cref="All"/>).</summary>
public static class ClusterMetricsVariables
{
    public const string ReadTasks = "ECS_SCALING_METRICS_READ_TASKS";

    /// <summary>cluster=group pairs: the group that gives each cluster its instances, raised when tasks wait for room (see ScaleOut).</summary>
    public const string ScaleOutGroups = "ECS_SCALING_SCALE_OUT_GROUPS";

    /// <summary>Minutes an empty instance of a scale-out group must have been registered before it is given back (see ScaleIn); unset: never.</summary>
    public const string ScaleInEmptyMinutes = "ECS_SCALING_SCALE_IN_EMPTY_MINUTES";

    public static IReadOnlyList<ConfigurationVariable> All { get; } =
    [
        new(ManagedClusters.Variable, null, ManagedClusters.Description),
        new(ReadTasks, "true", "false: no task reads, so no imbalance score or service spread, sparing the ECS request rate."),
        new(ScaleOutGroups, "", "cluster=group,…: the group that gives each managed cluster its instances, raised as soon as tasks fit on no instance."),
        new(ScaleInEmptyMinutes, null, "Whole minutes ≥ 1: give back empty instances of the scale-out groups registered at least that long ago; unset: never."),
    ];
}
