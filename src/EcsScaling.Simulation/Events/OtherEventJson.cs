using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Events;

/// <summary>Lifecycle actions, Spot warnings and alarm state changes in their documented EventBridge shapes.</summary>
public static class OtherEventJson
{
    /// <summary>https://docs.aws.amazon.com/autoscaling/ec2/userguide/warm-pools-eventbridge-events.html (lifecycle action events; Origin/Destination included).</summary>
    public static SimEvent LifecycleAction(SimIds ids, DateTimeOffset now, string groupArn, LifecycleHook hook, string instanceId, string token) =>
        EventJson.Create(ids, now, "aws.autoscaling",
            hook.Transition == LifecycleTransition.Terminating ? SimEvent.TerminateLifecycleAction : SimEvent.LaunchLifecycleAction, [groupArn], json =>
            {
                var terminating = hook.Transition == LifecycleTransition.Terminating;
                json.WriteOptional("Origin", terminating ? "AutoScalingGroup" : "EC2");
                json.WriteOptional("Destination", terminating ? "EC2" : "AutoScalingGroup");
                json.WriteString("LifecycleActionToken", token);
                json.WriteString("AutoScalingGroupName", hook.GroupName);
                json.WriteString("LifecycleHookName", hook.HookName);
                json.WriteString("EC2InstanceId", instanceId);
                json.WriteString("LifecycleTransition", LifecycleTransitionText.Wire.Of(hook.Transition));
                json.WriteOptional("NotificationMetadata", hook.NotificationMetadata);
            });

    /// <summary>https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-instance-termination-notices.html#ec2-spot-instance-interruption-warning-event</summary>
    public static SimEvent SpotInterruptionWarning(SimIds ids, DateTimeOffset now, string instanceId) =>
        EventJson.Create(ids, now, "aws.ec2", SimEvent.SpotInterruptionWarning, [ids.Arn("ec2", "instance/" + instanceId)], json =>
        {
            json.WriteString("instance-id", instanceId);
            json.WriteString("instance-action", "terminate");
        });

    /// <summary>https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/rebalance-recommendations.html#monitor-rebalance-recommendations</summary>
    public static SimEvent RebalanceRecommendation(SimIds ids, DateTimeOffset now, string instanceId) =>
        EventJson.Create(ids, now, "aws.ec2", SimEvent.RebalanceRecommendation, [ids.Arn("ec2", "instance/" + instanceId)], json => json.WriteString("instance-id", instanceId));

    /// <summary>https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-and-eventbridge.html (reasonData is a JSON string).</summary>
    public static SimEvent AlarmStateChange(SimIds ids, DateTimeOffset now, CloudWatch.SimAlarm alarm, string previous, string previousReason, DateTimeOffset previousAt) =>
        EventJson.Create(ids, now, "aws.cloudwatch", SimEvent.AlarmStateChange, [alarm.Arn], json =>
        {
            json.WriteString("alarmName", alarm.Name);
            json.WriteStartObject("state");
            json.WriteString("value", alarm.State);
            json.WriteString("reason", alarm.Reason);
            json.WriteString("reasonData", $"{{\"version\":\"1.0\",\"queryDate\":\"{EventJson.CloudWatchTime(now)}\",\"threshold\":{alarm.Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}");
            json.WriteString("timestamp", EventJson.CloudWatchTime(now));
            json.WriteEndObject();
            json.WriteStartObject("previousState");
            json.WriteString("value", previous);
            json.WriteString("reason", previousReason);
            json.WriteString("timestamp", EventJson.CloudWatchTime(previousAt));
            json.WriteEndObject();
            json.WriteStartObject("configuration");
            json.WriteStartArray("metrics");
            json.WriteStartObject();
            json.WriteString("id", "m1");
            json.WriteStartObject("metricStat");
            json.WriteStartObject("metric");
            json.WriteString("namespace", alarm.Namespace);
            json.WriteString("name", alarm.MetricName);
            json.WriteStartObject("dimensions");
            foreach (var dimension in alarm.Dimensions)
            {
                json.WriteString(dimension.Name, dimension.Value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteNumber("period", 60);
            json.WriteString("stat", "Average");
            json.WriteEndObject();
            json.WriteBoolean("returnData", true);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
}
