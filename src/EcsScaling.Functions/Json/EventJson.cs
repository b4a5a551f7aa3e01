using System.Text.Json;
using EcsScaling.Core.Events;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Functions;

namespace EcsScaling.Functions.Json;

/// <summary>
/// parse-event's answer: the kind of event and the event as its concrete type. Each event's own
/// members come first and the origin last, the order the serializer gives a derived record.
/// </summary>
public static class EventJson
{
    public static void WriteNormalised(Utf8JsonWriter writer, NormalisedEvent normalised)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", normalised.Kind);
        writer.WritePropertyName("event");
        Write(writer, normalised.Event);
        writer.WriteEndObject();
    }

    public static void Write(Utf8JsonWriter writer, ScalingEvent scalingEvent)
    {
        writer.WriteStartObject();
        switch (scalingEvent)
        {
            case LifecycleActionEvent e:
                writer.WriteName("transition", e.Transition);
                writer.WriteObject("action", e.Action, WriteLifecycleAction);
                writer.WriteOptional("notificationMetadata", e.NotificationMetadata);
                writer.WriteOptional("originState", e.OriginState);
                writer.WriteOptional("destination", e.Destination);
                break;
            case AutoScalingTestNotification e:
                writer.WriteOptional("groupName", e.GroupName);
                break;
            case ContainerInstanceStateChanged e:
                writer.WriteString("clusterArn", e.ClusterArn);
                writer.WriteString("containerInstanceArn", e.ContainerInstanceArn);
                writer.WriteOptional("ec2InstanceId", e.Ec2InstanceId);
                if (e.Status is { } status)
                {
                    writer.WriteName("status", status);
                }

                writer.WriteOptional("agentConnected", e.AgentConnected);
                writer.WriteOptional("runningTasksCount", e.RunningTasksCount);
                writer.WriteResources("registeredResources", e.RegisteredResources);
                writer.WriteResources("remainingResources", e.RemainingResources);
                writer.WriteMap("attributes", e.Attributes);
                break;
            case TaskStateChanged e:
                writer.WriteString("clusterArn", e.ClusterArn);
                writer.WriteString("taskArn", e.TaskArn);
                writer.WriteOptional("containerInstanceArn", e.ContainerInstanceArn);
                writer.WriteString("lastStatus", e.LastStatus);
                writer.WriteOptional("desiredStatus", e.DesiredStatus);
                writer.WriteOptional("group", e.Group);
                writer.WriteOptional("startedBy", e.StartedBy);
                writer.WriteOptional("stopCode", e.StopCode);
                break;
            case ServiceActionEvent e:
                writer.WriteString("clusterArn", e.ClusterArn);
                writer.WriteOptional("serviceArn", e.ServiceArn);
                writer.WriteOptional("eventType", e.EventType);
                writer.WriteString("eventName", e.EventName);
                break;
            case AlarmStateChanged e:
                writer.WriteString("alarmName", e.AlarmName);
                writer.WriteOptional("alarmArn", e.AlarmArn);
                writer.WriteString("state", e.State);
                writer.WriteOptional("previousState", e.PreviousState);
                writer.WriteOptional("reason", e.Reason);
                writer.WriteOptional("stateChangedAt", e.StateChangedAt);
                break;
            case SpotInterruptionWarning e:
                writer.WriteString("instanceId", e.InstanceId);
                writer.WriteOptional("instanceAction", e.InstanceAction);
                break;
            case RebalanceRecommendation e:
                writer.WriteString("instanceId", e.InstanceId);
                break;
            case ScheduledTick:
                break;
            default:
                throw new NotSupportedException($"no JSON writer for event type {scalingEvent.GetType().Name}");
        }

        writer.WriteObject("origin", scalingEvent.Origin, WriteOrigin);
        writer.WriteEndObject();
    }

    private static void WriteLifecycleAction(Utf8JsonWriter writer, LifecycleActionRef action)
    {
        writer.WriteStartObject();
        writer.WriteString("groupName", action.GroupName);
        writer.WriteString("hookName", action.HookName);
        writer.WriteString("instanceId", action.InstanceId);
        writer.WriteOptional("token", action.Token);
        writer.WriteEndObject();
    }

    private static void WriteOrigin(Utf8JsonWriter writer, EventOrigin origin)
    {
        writer.WriteStartObject();
        writer.WriteName("transport", origin.Transport);
        writer.WriteString("source", origin.Source);
        writer.WriteOptional("id", origin.Id);
        writer.WriteOptional("time", origin.Time);
        writer.WriteOptional("region", origin.Region);
        writer.WriteOptional("account", origin.Account);
        writer.WriteEndObject();
    }
}
