using System.Text.Json;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.Tests.Events;

/// <summary>The emitted JSON carries the fields of AWS's documented EventBridge events, spelled as AWS spells them.</summary>
public class EventShapesTests
{
    private static JsonElement Detail(SimEvent e) => JsonDocument.Parse(e.Json).RootElement.GetProperty("detail");

    private static Simulator ScaledIn()
    {
        var sim = TestSim.Create();
        var cluster = sim.Ecs.CreateCluster("prod");
        var group = sim.AutoScaling.CreateGroup("asg", cluster, 3, new Resources(2048, 4096), TestSim.ThreeZones);
        sim.AutoScaling.PutLifecycleHook(group.Name, "drain", LifecycleTransition.Terminating, metadata: "{\"cluster\":\"prod\"}");
        TestSim.Service(sim, cluster, "web", 3);
        TestSim.Settle(sim);
        sim.AutoScaling.SetDesiredCapacity(group.Name, 2);
        return sim;
    }

    [Fact]
    public void Every_event_has_the_EventBridge_envelope()
    {
        var sim = ScaledIn();
        Assert.All(sim.Events.Emitted, e =>
        {
            var root = JsonDocument.Parse(e.Json).RootElement;
            foreach (var field in new[] { "version", "id", "detail-type", "source", "account", "time", "region", "resources", "detail" })
            {
                Assert.True(root.TryGetProperty(field, out _), $"{e.DetailType} lacks {field}");
            }

            Assert.Equal(e.DetailType, root.GetProperty("detail-type").GetString());
            Assert.EndsWith("Z", root.GetProperty("time").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Terminate_lifecycle_action_uses_PascalCase_detail()
    {
        var e = ScaledIn().Events.Emitted.Single(x => x.DetailType == SimEvent.TerminateLifecycleAction);
        var detail = Detail(e);
        Assert.Equal("aws.autoscaling", e.Source);
        Assert.Equal("autoscaling:EC2_INSTANCE_TERMINATING", detail.GetProperty("LifecycleTransition").GetString());
        Assert.Equal("asg", detail.GetProperty("AutoScalingGroupName").GetString());
        Assert.Equal("drain", detail.GetProperty("LifecycleHookName").GetString());
        Assert.StartsWith("i-", detail.GetProperty("EC2InstanceId").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(detail.GetProperty("LifecycleActionToken").GetString()));
        Assert.Equal("{\"cluster\":\"prod\"}", detail.GetProperty("NotificationMetadata").GetString());
    }

    [Fact]
    public void Task_state_change_uses_camelCase_detail()
    {
        var e = ScaledIn().Events.Emitted.First(x => x.DetailType == SimEvent.TaskStateChange);
        var detail = Detail(e);
        Assert.Equal("aws.ecs", e.Source);
        foreach (var field in new[] { "clusterArn", "containerInstanceArn", "taskArn", "taskDefinitionArn", "lastStatus", "desiredStatus", "group", "launchType", "containers", "version", "createdAt", "updatedAt" })
        {
            Assert.True(detail.TryGetProperty(field, out _), field);
        }

        Assert.Equal("service:web", detail.GetProperty("group").GetString());
        Assert.Equal(JsonValueKind.Number, detail.GetProperty("version").ValueKind);
        Assert.Equal(JsonValueKind.String, detail.GetProperty("cpu").ValueKind);
    }

    [Fact]
    public void Container_instance_state_change_carries_status_and_typed_resources()
    {
        var e = ScaledIn().Events.Emitted.First(x => x.DetailType == SimEvent.ContainerInstanceStateChange);
        var detail = Detail(e);
        Assert.Equal("ACTIVE", detail.GetProperty("status").GetString());
        Assert.True(detail.GetProperty("agentConnected").GetBoolean());
        Assert.StartsWith("i-", detail.GetProperty("ec2InstanceId").GetString(), StringComparison.Ordinal);
        var cpu = detail.GetProperty("registeredResources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "CPU");
        Assert.Equal(2048, cpu.GetProperty("integerValue").GetInt32());
        Assert.Equal(JsonValueKind.Number, detail.GetProperty("runningTasksCount").ValueKind);
    }

    [Fact]
    public void Spot_warning_and_alarm_change_match_their_documented_shapes()
    {
        var sim = TestSim.Create();
        sim.AutoScaling.InterruptSpot("i-0abc");
        sim.CloudWatch.PutMetricAlarm("imbalance", "EcsScaling", "TaskImbalance", [], "GreaterThanThreshold", 0.3);
        sim.CloudWatch.SetAlarmState("imbalance", "ALARM", "test");

        var spot = Detail(sim.Events.Emitted.Single(e => e.DetailType == SimEvent.SpotInterruptionWarning));
        Assert.Equal("i-0abc", spot.GetProperty("instance-id").GetString());
        Assert.Equal("terminate", spot.GetProperty("instance-action").GetString());

        var alarm = Detail(sim.Events.Emitted.Single(e => e.DetailType == SimEvent.AlarmStateChange));
        Assert.Equal("imbalance", alarm.GetProperty("alarmName").GetString());
        Assert.Equal("ALARM", alarm.GetProperty("state").GetProperty("value").GetString());
        Assert.EndsWith("+0000", alarm.GetProperty("state").GetProperty("timestamp").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, alarm.GetProperty("state").GetProperty("reasonData").ValueKind);
        Assert.Equal("INSUFFICIENT_DATA", alarm.GetProperty("previousState").GetProperty("value").GetString());
    }
}
