using EcsScaling.Core.Drain;
using EcsScaling.Functions.Drain;
using YamlDotNet.RepresentationModel;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>DeliveryMode queue: what Lambda's SQS event source needs, granted narrowly, and every drain rule switched to the queue.</summary>
public class QueueModeTemplateTests
{
    private static YamlMappingNode Properties(string logicalId) => (YamlMappingNode)SamTemplate.Resource(logicalId)["Properties"];

    private static string Text(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Tag.IsEmpty ? scalar.Value! : $"{scalar.Tag.Value} {scalar.Value}",
        YamlSequenceNode sequence => (sequence.Tag.IsEmpty ? "" : sequence.Tag.Value + " ") + "[" + string.Join(", ", sequence.Children.Select(Text)) + "]",
        YamlMappingNode mapping => "{" + string.Join(", ", mapping.Children.Select(c => $"{Text(c.Key)}: {Text(c.Value)}")) + "}",
        _ => "",
    };

    private static int Default(string parameter)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(SamTemplate.Path)));
        var parameters = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode)["Parameters"];
        return int.Parse(Text(((YamlMappingNode)parameters[parameter])["Default"]), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void The_drain_role_may_read_the_drain_queue_only_with_exactly_the_declared_actions()
    {
        var properties = Properties("DrainQueueReadPolicy");
        var statement = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)properties["PolicyDocument"])["Statement"]).Children.Single();

        Assert.Equal("!Ref DrainFunctionRole", Text(properties["RoleName"]));
        Assert.Equal("[" + string.Join(", ", DrainPermissions.EventSourceActions) + "]", Text(statement["Action"]));
        Assert.Equal("!GetAtt DrainQueue.Arn", Text(statement["Resource"]));
        Assert.Equal("QueueMode", Text(SamTemplate.Resource("DrainQueueReadPolicy")["Condition"]));
    }

    [Fact]
    public void The_event_source_reports_partial_failures_with_a_window_and_a_concurrency_the_function_knows()
    {
        var properties = Properties("DrainQueueEventSource");

        Assert.Equal("[ReportBatchItemFailures]", Text(properties["FunctionResponseTypes"]));
        Assert.Equal("!Ref DrainQueueBatchingWindowSeconds", Text(properties["MaximumBatchingWindowInSeconds"]));
        Assert.Equal("{MaximumConcurrency: !Ref DrainQueueMaximumConcurrency}", Text(properties["ScalingConfig"]));
        Assert.Equal("!Ref DrainFunction", Text(properties["FunctionName"]));
        var variables = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)Properties("DrainFunction")["Environment"])["Variables"]);
        Assert.Equal("!Ref DrainQueueMaximumConcurrency", Text(variables[DrainVariables.QueueConcurrency]));
    }

    [Fact]
    public void The_queue_hides_a_message_for_at_least_six_function_timeouts_and_redrives_to_a_dead_letter_queue()
    {
        var queue = Properties("DrainQueue");

        Assert.True(Default("DrainQueueVisibilityTimeout") >= 6 * Default("Timeout"));
        Assert.Equal("!Ref DrainQueueVisibilityTimeout", Text(queue["VisibilityTimeout"]));
        Assert.Equal("{deadLetterTargetArn: !GetAtt DrainQueueDeadLetterQueue.Arn, maxReceiveCount: 5}", Text(queue["RedrivePolicy"]));
        Assert.True(Default("DrainQueueBatchSize") <= 10 || Default("DrainQueueBatchingWindowSeconds") >= 1, "Lambda needs a batching window for batches above 10");
    }

    [Theory]
    [InlineData("LifecycleActionRule")]
    [InlineData("ContainerInstanceDrainingRule")]
    [InlineData("ContainerInstanceReadyRule")]
    [InlineData("TaskStoppedRule")]
    [InlineData("SpotInterruptionRule")]
    [InlineData("RebalanceRecommendationRule")]
    public void Every_drain_event_rule_targets_the_queue_in_queue_mode_and_only_then(string rule)
    {
        var target = (YamlMappingNode)((YamlSequenceNode)Properties(rule)["Targets"]).Children.Single();

        Assert.Equal("!If [QueueMode, !GetAtt DrainQueue.Arn, !GetAtt DrainFunction.Arn]", Text(target["Arn"]));
        Assert.Equal("EventsMode", Text(SamTemplate.Resource(rule + "Permission")["Condition"]));
    }

    [Fact]
    public void Only_this_stacks_rules_and_the_hooks_role_may_send_to_the_queue()
    {
        var statement = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)Properties("DrainQueuePolicy")["PolicyDocument"])["Statement"]).Children.Single();
        var hookRole = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlSequenceNode)Properties("LifecycleHookNotificationRole")["Policies"]).Children.Single())["PolicyDocument"]["Statement"]).Children.Single();

        Assert.Equal("{Service: events.amazonaws.com}", Text(statement["Principal"]));
        Assert.Contains("rule/${AWS::StackName}-*", Text(statement["Condition"]), StringComparison.Ordinal);
        Assert.Equal("!GetAtt DrainQueue.Arn", Text(hookRole["Resource"]));
        Assert.Equal("!If [HooksNotifyQueue, !GetAtt DrainQueue.Arn, !Ref AWS::NoValue]", Text(Properties("TerminateLifecycleHook")["NotificationTargetARN"]));
    }
}
