using System.Text.Json;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Events;

/// <summary>
/// "ECS Task State Change" and "ECS Container Instance State Change" in the shapes of
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_task_events.html and
/// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_events.html.
/// </summary>
public static class EcsEventJson
{
    public static SimEvent TaskStateChange(SimIds ids, DateTimeOffset now, SimTask task) =>
        EventJson.Create(ids, now, "aws.ecs", SimEvent.TaskStateChange, [task.Arn], json =>
        {
            json.WriteStartArray("attachments");
            json.WriteEndArray();
            json.WriteString("availabilityZone", task.Instance.AvailabilityZone);
            json.WriteString("clusterArn", task.Instance.Cluster.Arn);
            json.WriteString("containerInstanceArn", task.Instance.Arn);
            json.WriteStartArray("containers");
            json.WriteStartObject();
            json.WriteString("containerArn", ids.Arn("ecs", $"container/{task.Instance.Cluster.Name}/{TaskId(task)}/{task.Definition.ContainerName}"));
            json.WriteString("lastStatus", ContainerStatus(task.LastStatus));
            json.WriteString("name", task.Definition.ContainerName);
            json.WriteString("taskArn", task.Arn);
            json.WriteStartArray("networkBindings");
            if (task.HostPort is { } hostPort)
            {
                json.WriteStartObject();
                json.WriteString("bindIP", "0.0.0.0");
                json.WriteNumber("containerPort", task.Definition.ContainerPort);
                json.WriteNumber("hostPort", hostPort);
                json.WriteString("protocol", "tcp");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("createdAt", EventJson.EcsTime(task.CreatedAt));
            json.WriteString("cpu", task.Definition.Reserved.Cpu.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("desiredStatus", task.DesiredStatus);
            json.WriteString("group", task.Group);
            json.WriteString("launchType", "EC2");
            json.WriteString("lastStatus", task.LastStatus);
            json.WriteString("memory", task.Definition.Reserved.MemoryMiB.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartObject("overrides");
            json.WriteStartArray("containerOverrides");
            json.WriteStartObject();
            json.WriteString("name", task.Definition.ContainerName);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteOptional("startedAt", task.StartedAt is { } started ? EventJson.EcsTime(started) : null);
            json.WriteOptional("startedBy", task.StartedBy);
            json.WriteOptional("stoppingAt", task.StoppingAt is { } stopping ? EventJson.EcsTime(stopping) : null);
            json.WriteOptional("stoppedAt", task.StoppedAt is { } stopped ? EventJson.EcsTime(stopped) : null);
            json.WriteOptional("stoppedReason", task.StoppedReason);
            json.WriteOptional("stopCode", task.StopCode);
            json.WriteString("updatedAt", EventJson.EcsTime(now));
            json.WriteString("taskArn", task.Arn);
            json.WriteString("taskDefinitionArn", task.Definition.Arn);
            json.WriteNumber("version", task.Version);
        });

    public static SimEvent ContainerInstanceStateChange(SimIds ids, DateTimeOffset now, SimContainerInstance instance) =>
        EventJson.Create(ids, now, "aws.ecs", SimEvent.ContainerInstanceStateChange, [instance.Arn], json =>
        {
            json.WriteBoolean("agentConnected", instance.AgentConnected);
            json.WriteStartArray("attributes");
            foreach (var (name, value) in instance.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteOptional("value", value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("clusterArn", instance.Cluster.Arn);
            json.WriteString("containerInstanceArn", instance.Arn);
            json.WriteString("ec2InstanceId", instance.Ec2InstanceId);
            WriteResources(json, "registeredResources", instance.Registered);
            WriteResources(json, "remainingResources", instance.Remaining);
            json.WriteString("status", ContainerInstanceStatusText.Wire.Of(instance.Status));
            json.WriteNumber("version", instance.Version);
            json.WriteStartObject("versionInfo");
            json.WriteString("agentHash", "4023248");
            json.WriteString("agentVersion", "1.89.2");
            json.WriteString("dockerVersion", "DockerVersion: 25.0.8");
            json.WriteEndObject();
            json.WriteString("registeredAt", EventJson.EcsTime(instance.RegisteredAt));
            json.WriteNumber("runningTasksCount", instance.RunningTasksCount);
            json.WriteNumber("pendingTasksCount", instance.PendingTasksCount);
            json.WriteString("updatedAt", EventJson.EcsTime(now));
        });

    private static string TaskId(SimTask task) => task.Arn[(task.Arn.LastIndexOf('/') + 1)..];

    private static string ContainerStatus(string taskStatus) => taskStatus switch
    {
        EcsTaskStatus.Provisioning or EcsTaskStatus.Pending => EcsTaskStatus.Pending,
        EcsTaskStatus.Stopped => EcsTaskStatus.Stopped,
        _ => EcsTaskStatus.Running,
    };

    /// <summary>Resources are typed name/value entries: CPU and MEMORY as INTEGER, PORTS as STRINGSET.</summary>
    private static void WriteResources(Utf8JsonWriter json, string name, Resources resources)
    {
        json.WriteStartArray(name);
        WriteInteger(json, "CPU", resources.Cpu);
        WriteInteger(json, "MEMORY", resources.MemoryMiB);
        json.WriteStartObject();
        json.WriteNumber("doubleValue", 0.0);
        json.WriteNumber("integerValue", 0);
        json.WriteNumber("longValue", 0);
        json.WriteString("name", "PORTS");
        json.WriteStartArray("stringSetValue");
        json.WriteStringValue("22");
        json.WriteStringValue("2375");
        json.WriteStringValue("2376");
        json.WriteStringValue("51678");
        json.WriteStringValue("51679");
        json.WriteEndArray();
        json.WriteString("type", "STRINGSET");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteInteger(Utf8JsonWriter json, string name, int value)
    {
        json.WriteStartObject();
        json.WriteNumber("doubleValue", 0.0);
        json.WriteNumber("integerValue", value);
        json.WriteNumber("longValue", 0);
        json.WriteString("name", name);
        json.WriteString("type", "INTEGER");
        json.WriteEndObject();
    }
}
