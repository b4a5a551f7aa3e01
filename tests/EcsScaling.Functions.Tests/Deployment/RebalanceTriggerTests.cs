using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>
/// The rebalance function's triggers in template.yaml: a rebalance runs one wave per invocation, and an
/// alarm that stays in ALARM sends no further state change, so waves 2..N need the schedule, which
/// must therefore exist with the template's defaults; the alarm rule sends transitions into ALARM only.
/// </summary>
public class RebalanceTriggerTests
{
    private const string RebalanceTarget = "RebalanceFunction.Arn";

    [Fact]
    public void With_the_defaults_a_schedule_invokes_rebalance()
    {
        var schedules = TemplateRules.Load().Where(r => r.TargetArns.Contains(RebalanceTarget) && r.ScheduleExpression is not null).ToList();

        var schedule = Assert.Single(schedules);
        Assert.Null(schedule.Condition);
        Assert.Matches(@"^rate\(\d+ minutes?\)$", schedule.ScheduleExpression);
    }

    [Fact]
    public void The_schedule_cannot_be_set_empty()
    {
        var allowed = new Regex(TemplateRules.AllowedPattern("RebalanceSchedule")!);

        Assert.DoesNotMatch(allowed, "");
        Assert.Matches(allowed, "rate(5 minutes)");
    }

    [Fact]
    public void The_alarm_rule_sends_transitions_into_alarm_only()
    {
        var pattern = TemplateRules.Named("RebalanceAlarmRule", new Dictionary<string, string>(StringComparer.Ordinal) { ["RebalanceAlarmNames"] = "ecs-scaling-task-imbalance" }).EventPattern!;
        var alarm = JsonNode.Parse(Samples.Text("alarm-state-change.eventbridge.json"))!;
        var ok = JsonNode.Parse(Samples.Text("alarm-state-change.eventbridge.json"))!;
        ok["detail"]!["state"]!["value"] = "OK";

        Assert.True(EventPatternMatcher.Matches(pattern, alarm));
        Assert.False(EventPatternMatcher.Matches(pattern, ok));
    }

    [Fact]
    public void The_alarm_topic_subscription_filters_the_message_body_on_alarm_too()
    {
        var filter = TemplateRules.Property("RebalanceAlarmTopicSubscription", "FilterPolicy").AsObject();
        var message = JsonNode.Parse((string)JsonNode.Parse(Samples.Text("alarm-state-change.sns.json"))!["Records"]![0]!["Sns"]!["Message"]!)!;
        var ok = message.DeepClone();
        ok["NewStateValue"] = "OK";

        Assert.Equal("MessageBody", (string)TemplateRules.Property("RebalanceAlarmTopicSubscription", "FilterPolicyScope")!);
        Assert.True(EventPatternMatcher.Matches(filter, message));
        Assert.False(EventPatternMatcher.Matches(filter, ok));
    }

    [Fact]
    public void The_alarm_rule_skips_other_alarms()
    {
        var pattern = TemplateRules.Named("RebalanceAlarmRule").EventPattern!;

        Assert.False(EventPatternMatcher.Matches(pattern, JsonNode.Parse(Samples.Text("alarm-state-change.eventbridge.json"))));
    }
}
