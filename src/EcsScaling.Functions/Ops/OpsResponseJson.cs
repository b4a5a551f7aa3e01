using System.Text.Json;
using EcsScaling.Core.Json;
using EcsScaling.Core.Policies.Profiles;
using EcsScaling.Functions.ClusterMetrics;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;

namespace EcsScaling.Functions.Ops;

/// <summary>The ops function's answer (also what the CLI prints with --output json).</summary>
public static class OpsResponseJson
{
    public static void Write(Utf8JsonWriter w, OpsResponse r) => w.Members(r, WriteMembers);

    public static void WriteMembers(Utf8JsonWriter w, OpsResponse r) =>
        w.String("command", r.Command).Boolean("dryRun", r.DryRun).Object("status", r.Status, WriteStatus)
            .Object("drain", r.Drain, DrainResultJson.WriteMembers).Object("rebalance", r.Rebalance, RebalanceResultJson.WriteMembers)
            .Object("policies", r.Policies, PolicyResultJson.WriteMembers);

    private static void WriteStatus(Utf8JsonWriter w, StatusReport s) =>
        w.Objects("clusters", s.Clusters, WriteCluster).Object("policyProfile", s.PolicyProfile, WriteProfile).Object("lifecycleHooks", s.LifecycleHooks, WriteHooks);

    private static void WriteHooks(Utf8JsonWriter w, LifecycleHookScope h) =>
        w.Strings("groups", h.Groups).Strings("terminateHooks", h.TerminateHooks).Strings("launchHooks", h.LaunchHooks).Boolean("configured", h.Configured);

    private static void WriteCluster(Utf8JsonWriter w, ClusterStatus c) =>
        w.Object("measurement", c.Measurement, ClusterJson.WriteMeasurementMembers).Objects("draining", c.Draining, WriteDrainProgress);

    private static void WriteDrainProgress(Utf8JsonWriter w, DrainProgress d) =>
        w.String("ec2InstanceId", d.Ec2InstanceId).String("containerInstanceArn", d.ContainerInstanceArn).Number("tasksLeft", d.TasksLeft)
            .Time("drainStarted", d.DrainStarted).String("reason", d.Reason);

    private static void WriteProfile(Utf8JsonWriter w, ActiveProfile p) =>
        w.String("name", p.Name).Time("since", p.Since).String("source", p.Source).Time("alarmAt", p.AlarmAt).Boolean("isManual", p.IsManual);
}
