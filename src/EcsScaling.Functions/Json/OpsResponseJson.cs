using System.Text.Json;
using EcsScaling.Core.Policies.Profiles;
using EcsScaling.Functions.Ops;

namespace EcsScaling.Functions.Json;

/// <summary>The ops function's answer (also what the CLI prints with --output json).</summary>
public static class OpsResponseJson
{
    public static void Write(Utf8JsonWriter writer, OpsResponse response)
    {
        writer.WriteStartObject();
        writer.WriteString("command", response.Command);
        writer.WriteBoolean("dryRun", response.DryRun);
        writer.WriteObject("status", response.Status, WriteStatus);
        writer.WriteObject("drain", response.Drain, DrainResultJson.Write);
        writer.WriteObject("rebalance", response.Rebalance, RebalanceResultJson.Write);
        writer.WriteObject("policies", response.Policies, PolicyResultJson.Write);
        writer.WriteEndObject();
    }

    private static void WriteStatus(Utf8JsonWriter writer, StatusReport status)
    {
        writer.WriteStartObject();
        writer.WriteArray("clusters", status.Clusters, WriteCluster);
        writer.WriteObject("policyProfile", status.PolicyProfile, WriteProfile);
        writer.WriteEndObject();
    }

    private static void WriteCluster(Utf8JsonWriter writer, ClusterStatus cluster)
    {
        writer.WriteStartObject();
        writer.WriteObject("measurement", cluster.Measurement, ClusterJson.WriteMeasurement);
        writer.WriteArray("draining", cluster.Draining, WriteDrainProgress);
        writer.WriteEndObject();
    }

    private static void WriteDrainProgress(Utf8JsonWriter writer, DrainProgress drain)
    {
        writer.WriteStartObject();
        writer.WriteString("ec2InstanceId", drain.Ec2InstanceId);
        writer.WriteString("containerInstanceArn", drain.ContainerInstanceArn);
        writer.WriteNumber("tasksLeft", drain.TasksLeft);
        writer.WriteOptional("drainStarted", drain.DrainStarted);
        writer.WriteOptional("reason", drain.Reason);
        writer.WriteEndObject();
    }

    private static void WriteProfile(Utf8JsonWriter writer, ActiveProfile profile)
    {
        writer.WriteStartObject();
        writer.WriteString("name", profile.Name);
        writer.WriteOptional("since", profile.Since);
        writer.WriteOptional("source", profile.Source);
        writer.WriteOptional("alarmAt", profile.AlarmAt);
        writer.WriteBoolean("isManual", profile.IsManual);
        writer.WriteEndObject();
    }
}
