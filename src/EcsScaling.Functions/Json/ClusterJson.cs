using System.Text.Json;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Functions.Json;

/// <summary>The cluster-metrics answer and the cluster measurement the ops status command returns.</summary>
public static class ClusterJson
{
    public static void WriteSummary(Utf8JsonWriter writer, ClusterMetricsSummary summary)
    {
        writer.WriteStartObject();
        writer.WriteArray("clusters", summary.Clusters, WriteReport);
        writer.WriteEndObject();
    }

    public static void WriteMeasurement(Utf8JsonWriter writer, ClusterMeasurement measurement)
    {
        writer.WriteStartObject();
        writer.WriteString("cluster", measurement.Cluster);
        writer.WriteArray("instances", measurement.Instances, WriteInstance);
        writer.WriteArray("zones", measurement.Zones, WriteZone);
        writer.WriteArray("services", measurement.Services, WriteService);
        writer.WriteOptional("imbalanceScore", measurement.ImbalanceScore);
        writer.WriteNumber("cpuImbalance", measurement.CpuImbalance);
        writer.WriteNumber("cpuReservationPercent", measurement.CpuReservationPercent);
        writer.WriteNumber("memoryReservationPercent", measurement.MemoryReservationPercent);
        writer.WriteNumber("drainingInstances", measurement.DrainingInstances);
        writer.WriteNumber("emptyInstances", measurement.EmptyInstances);
        writer.WriteEndObject();
    }

    public static void WriteResources(this Utf8JsonWriter writer, string name, Resources? resources)
    {
        if (resources is { } value)
        {
            writer.WriteStartObject(name);
            writer.WriteNumber("cpu", value.Cpu);
            writer.WriteNumber("memoryMiB", value.MemoryMiB);
            writer.WriteEndObject();
        }
    }

    private static void WriteReport(Utf8JsonWriter writer, ClusterMetricsReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("cluster", report.Cluster);
        writer.WriteOptional("imbalanceScore", report.ImbalanceScore);
        writer.WriteOptional("cpuReservationPercent", report.CpuReservationPercent);
        writer.WriteOptional("memoryReservationPercent", report.MemoryReservationPercent);
        writer.WriteNumber("activeInstances", report.ActiveInstances);
        writer.WriteNumber("drainingInstances", report.DrainingInstances);
        writer.WriteNumber("emptyInstances", report.EmptyInstances);
        writer.WriteNumber("services", report.Services);
        writer.WriteOptional("error", report.Error);
        writer.WriteEndObject();
    }

    private static void WriteInstance(Utf8JsonWriter writer, InstanceLoad instance)
    {
        writer.WriteStartObject();
        writer.WriteString("containerInstanceArn", instance.ContainerInstanceArn);
        writer.WriteString("ec2InstanceId", instance.Ec2InstanceId);
        writer.WriteOptional("availabilityZone", instance.AvailabilityZone);
        writer.WriteName("status", instance.Status);
        writer.WriteNumber("tasks", instance.Tasks);
        writer.WriteResources("registered", instance.Registered);
        writer.WriteResources("reserved", instance.Reserved);
        writer.WriteNumber("cpuFraction", instance.CpuFraction);
        writer.WriteEndObject();
    }

    private static void WriteZone(Utf8JsonWriter writer, ZoneLoad zone)
    {
        writer.WriteStartObject();
        writer.WriteString("availabilityZone", zone.AvailabilityZone);
        writer.WriteNumber("activeInstances", zone.ActiveInstances);
        writer.WriteNumber("tasks", zone.Tasks);
        writer.WriteResources("registered", zone.Registered);
        writer.WriteResources("reserved", zone.Reserved);
        writer.WriteEndObject();
    }

    private static void WriteService(Utf8JsonWriter writer, ServiceSpread service)
    {
        writer.WriteStartObject();
        writer.WriteString("service", service.Service);
        writer.WriteNumber("desired", service.Desired);
        writer.WriteNumber("running", service.Running);
        writer.WriteNumber("pending", service.Pending);
        writer.WriteMap("tasksPerZone", service.TasksPerZone);
        writer.WriteNumber("instanceSpread", service.InstanceSpread);
        writer.WriteNumber("zoneSpread", service.ZoneSpread);
        writer.WriteEndObject();
    }
}
