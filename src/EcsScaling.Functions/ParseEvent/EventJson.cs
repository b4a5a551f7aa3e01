using System.Text.Json;
using EcsScaling.Core.Events;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using EcsScaling.Functions.ClusterMetrics;

namespace EcsScaling.Functions.ParseEvent;

/// <summary>
/// parse-event's answer: the kind of event and the event as its concrete type. Each event's own
/// members come first and the origin last, the order the serializer gives a derived record.
/// </summary>
public static class EventJson
{
    public static void WriteNormalised(Utf8JsonWriter w, NormalisedEvent n) => w.Members(n, static (m, e) => m.String("kind", e.Kind).Object("event", e.Event, WriteMembers));

    public static void WriteMembers(Utf8JsonWriter w, ScalingEvent scalingEvent)
    {
        _ = scalingEvent switch
        {
            LifecycleActionEvent e => w.Name("transition", e.Transition).Object("action", e.Action, WriteLifecycleAction)
                .String("notificationMetadata", e.NotificationMetadata).String("originState", e.OriginState).String("destination", e.Destination),
            AutoScalingTestNotification e => w.String("groupName", e.GroupName),
            ContainerInstanceStateChanged e => w.String("clusterArn", e.ClusterArn).String("containerInstanceArn", e.ContainerInstanceArn)
                .String("ec2InstanceId", e.Ec2InstanceId).Name("status", e.Status).Boolean("agentConnected", e.AgentConnected)
                .Number("runningTasksCount", e.RunningTasksCount).Resources("registeredResources", e.RegisteredResources)
                .Resources("remainingResources", e.RemainingResources).Map("attributes", e.Attributes),
            TaskStateChanged e => w.String("clusterArn", e.ClusterArn).String("taskArn", e.TaskArn).String("containerInstanceArn", e.ContainerInstanceArn)
                .String("lastStatus", e.LastStatus).String("desiredStatus", e.DesiredStatus).String("group", e.Group)
                .String("startedBy", e.StartedBy).String("stopCode", e.StopCode),
            ServiceActionEvent e => w.String("clusterArn", e.ClusterArn).String("serviceArn", e.ServiceArn).String("eventType", e.EventType)
                .String("eventName", e.EventName),
            AlarmStateChanged e => w.String("alarmName", e.AlarmName).String("alarmArn", e.AlarmArn).String("state", e.State)
                .String("previousState", e.PreviousState).String("reason", e.Reason).Time("stateChangedAt", e.StateChangedAt),
            SpotInterruptionWarning e => w.String("instanceId", e.InstanceId).String("instanceAction", e.InstanceAction),
            RebalanceRecommendation e => w.String("instanceId", e.InstanceId),
            ScheduledTick => w,
            QueueBatch e => w.Objects("messages", e.Messages, WriteQueuedMessage),
            _ => throw new NotSupportedException($"no JSON writer for event type {scalingEvent.GetType().Name}"),
        };
        w.Object("origin", scalingEvent.Origin, WriteOrigin);
    }

    private static void WriteQueuedMessage(Utf8JsonWriter w, QueuedMessage m) =>
        w.String("messageId", m.MessageId).String("refusal", m.Refusal).String("kind", m.Event?.GetType().Name).Object("event", m.Event, WriteMembers);

    private static void WriteLifecycleAction(Utf8JsonWriter w, LifecycleActionRef a) =>
        w.String("groupName", a.GroupName).String("hookName", a.HookName).String("instanceId", a.InstanceId).String("token", a.Token);

    private static void WriteOrigin(Utf8JsonWriter w, EventOrigin o) =>
        w.Name("transport", o.Transport).String("source", o.Source).String("id", o.Id).Time("time", o.Time).String("region", o.Region)
            .String("account", o.Account);
}
