using System.Text.Json;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using EcsScaling.Core.ScaleIn;
using EcsScaling.Core.ScaleOut;

namespace EcsScaling.Functions.ClusterMetrics;

/// <summary>The cluster-metrics answer and the cluster measurement the ops status command returns.</summary>
public static class ClusterJson
{
    public static void WriteResult(Utf8JsonWriter w, ClusterMetricsResult s) => w.Members(s, static (m, result) => m.Objects("clusters", result.Clusters, WriteReport));

    public static void WriteMeasurementMembers(Utf8JsonWriter w, ClusterMeasurement m) =>
        w.String("cluster", m.Cluster).Objects("instances", m.Instances, WriteInstance).Objects("zones", m.Zones, WriteZone)
            .Objects("services", m.Services, WriteService).Number("imbalanceScore", m.ImbalanceScore).Number("cpuImbalance", m.CpuImbalance)
            .Number("cpuReservationPercent", m.CpuReservationPercent).Number("memoryReservationPercent", m.MemoryReservationPercent)
            .Number("drainingInstances", m.DrainingInstances).Number("emptyInstances", m.EmptyInstances)
            .Number("capacityReservationPercent", m.CapacityReservationPercent);

    public static Utf8JsonWriter Resources(this Utf8JsonWriter w, string name, Resources? resources)
    {
        if (resources is { } value)
        {
            w.WriteStartObject(name);
            w.Number("cpu", value.Cpu).Number("memoryMiB", value.MemoryMiB);
            w.WriteEndObject();
        }

        return w;
    }

    private static void WriteReport(Utf8JsonWriter w, ClusterMetricsReport r) =>
        w.String("cluster", r.Cluster).Number("imbalanceScore", r.ImbalanceScore).Number("cpuReservationPercent", r.CpuReservationPercent)
            .Number("memoryReservationPercent", r.MemoryReservationPercent).Number("activeInstances", r.ActiveInstances)
            .Number("drainingInstances", r.DrainingInstances).Number("emptyInstances", r.EmptyInstances).Number("services", r.Services)
            .Object("scaleOut", r.ScaleOut, WriteScaleOut).Object("scaleIn", r.ScaleIn, WriteScaleIn).String("error", r.Error);

    private static void WriteScaleOut(Utf8JsonWriter w, ScaleOutPlan p) =>
        w.String("group", p.Group).Number("waitingTasks", p.WaitingTasks).Strings("services", p.Services).Number("instancesNeeded", p.InstancesNeeded)
            .Number("instancesComing", p.InstancesComing).Number("desiredBefore", p.DesiredBefore).Number("desiredAfter", p.DesiredAfter)
            .Number("maxSize", p.MaxSize).Number("tooLarge", p.TooLarge);

    private static void WriteScaleIn(Utf8JsonWriter w, EmptyInstancePlan p) =>
        w.String("cluster", p.Cluster).String("group", p.Group).Strings("empty", p.Empty).Strings("givenBack", p.GivenBack).Number("desiredBefore", p.DesiredBefore)
            .Number("desiredAfter", p.DesiredAfter).Number("minSize", p.MinSize).String("heldBy", p.HeldBy);

    private static void WriteInstance(Utf8JsonWriter w, InstanceLoad i) =>
        w.String("containerInstanceArn", i.ContainerInstanceArn).String("ec2InstanceId", i.Ec2InstanceId).String("availabilityZone", i.AvailabilityZone)
            .Name("status", i.Status).Number("tasks", i.Tasks).Resources("registered", i.Registered).Resources("reserved", i.Reserved)
            .Number("cpuFraction", i.CpuFraction);

    private static void WriteZone(Utf8JsonWriter w, ZoneLoad z) =>
        w.String("availabilityZone", z.AvailabilityZone).Number("activeInstances", z.ActiveInstances).Number("tasks", z.Tasks)
            .Resources("registered", z.Registered).Resources("reserved", z.Reserved);

    private static void WriteService(Utf8JsonWriter w, ServiceSpread s) =>
        w.String("service", s.Service).Number("desired", s.Desired).Number("running", s.Running).Number("pending", s.Pending)
            .Map("tasksPerZone", s.TasksPerZone).Number("instanceSpread", s.InstanceSpread).Number("zoneSpread", s.ZoneSpread);
}
