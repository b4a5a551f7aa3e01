using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Policies.Profiles;
using EcsScaling.Functions.ClusterMetrics;

namespace EcsScaling.Functions.Status;

/// <summary>The status command's answer inside the ops response: each cluster's measurement (as cluster-metrics measures it) and drains, the profile, the hooks.</summary>
public static class StatusReportJson
{
    public static void WriteMembers(Utf8JsonWriter w, StatusReport s) =>
        w.Objects("clusters", s.Clusters, WriteCluster).Object("policyProfile", s.PolicyProfile, WriteProfile).Object("lifecycleHooks", s.LifecycleHooks, WriteHooks)
            .Objects("capacityProviders", s.CapacityProviders, WriteCapacityProvider);

    private static void WriteCapacityProvider(Utf8JsonWriter w, GroupCapacityProvider c) =>
        w.String("group", c.Group).String("name", c.Provider.Name).String("status", c.Provider.Status).Boolean("managedScaling", c.Provider.ManagedScaling)
            .Boolean("managedTerminationProtection", c.Provider.ManagedTerminationProtection).Boolean("managedDraining", c.Provider.ManagedDraining)
            .String("conflict", c.Conflict);

    private static void WriteHooks(Utf8JsonWriter w, LifecycleHookScope h) =>
        w.Strings("groups", h.Groups).Strings("terminateHooks", h.TerminateHooks).Strings("launchHooks", h.LaunchHooks).Boolean("configured", h.Configured);

    private static void WriteCluster(Utf8JsonWriter w, ClusterStatus c) =>
        w.Object("measurement", c.Measurement, ClusterJson.WriteMeasurementMembers).Objects("draining", c.Draining, WriteDrainProgress)
            .Object("disruptionBudgets", c.DisruptionBudgets, WriteBudgets);

    private static void WriteBudgets(Utf8JsonWriter w, BudgetStatus b) =>
        w.Number("instances", b.Disrupted.Total).Number("disrupted", b.Disrupted.Count).Map("disruptedByReason", b.Disrupted.ByReason.OrderBy(p => p.Key).Select(p => KeyValuePair.Create(DisruptionReasonText.Of(p.Key), p.Value)))
            .Strings("activeBudgets", b.ActiveBudgets).Objects("reasons", b.Reasons, BudgetJson.WriteCheck).Strings("heldBack", [.. b.HeldBack]);

    private static void WriteDrainProgress(Utf8JsonWriter w, DrainProgress d) =>
        w.String("ec2InstanceId", d.Ec2InstanceId).String("containerInstanceArn", d.ContainerInstanceArn).Number("tasksLeft", d.TasksLeft)
            .Time("drainStarted", d.DrainStarted).String("reason", d.Reason).Object("abandoned", d.Abandoned, WriteAbandoned);

    private static void WriteAbandoned(Utf8JsonWriter w, AbandonedDrain a) =>
        w.Time("at", a.At).Strings("heldBy", a.HeldBy).String("lifecycleState", a.LifecycleState).Boolean("retained", a.Retained).String("nextStep", a.NextStep);

    private static void WriteProfile(Utf8JsonWriter w, ActiveProfile p) =>
        w.String("name", p.Name).Time("since", p.Since).String("source", p.Source).Time("alarmAt", p.AlarmAt).Boolean("isManual", p.IsManual);
}
