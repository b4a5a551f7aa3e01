using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Drain;

public class DrainResultJsonTests
{
    [Fact]
    public void A_drain_result_is_what_the_reference_serializer_writes()
    {
        Assert.Equal(ReferenceJson.Of(ResultSamples.Drain), ReferenceJson.Written(ResultSamples.Drain, DrainResultJson.Write));
    }

    [Fact]
    public void A_drain_result_is_plain_camel_case_data_with_action_kinds_by_name()
    {
        var json = ReferenceJson.Written(ResultSamples.Drain, DrainResultJson.Write);

        Assert.StartsWith(
            """{"event":"LifecycleActionEvent","dryRun":true,"decisions":[{"step":"terminate-hook","instanceId":"i-1","reason":"start draining","actions":[{"kind":"PutAttributes","target":"arn:ci/1","cluster":"prod","attributes":{"ecs-scaling.drain-started":"2026-11-27T03:00:00Z"}},{"kind":"SetDraining","target":"arn:ci/1","cluster":"prod"}],"groupName":"asg","drainSeconds":1.5,"forced":false,"outcome":"planned"}""",
            json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_lifecycle_result_is_written_as_CompleteLifecycleAction_spells_it()
    {
        var json = ReferenceJson.Written(ResultSamples.Drain, DrainResultJson.Write);

        Assert.Contains("""{"kind":"CompleteLifecycleAction","target":"i-2","groupName":"asg","hookName":"hook","result":"CONTINUE"}""", json, StringComparison.Ordinal);
    }

    /// <summary>Each action kind keeps the members and order it had when all kinds were one record of optional fields.</summary>
    [Theory]
    [InlineData("""{"kind":"StopTask","target":"arn:task/9","cluster":"prod","reason":"drained"}""")]
    [InlineData("""{"kind":"DeleteAttributes","target":"arn:ci/2","cluster":"prod","names":["a","b"]}""")]
    [InlineData("""{"kind":"SetActive","target":"arn:ci/2","cluster":"prod"}""")]
    [InlineData("""{"kind":"Heartbeat","target":"i-2","groupName":"asg","hookName":"hook"}""")]
    [InlineData("""{"kind":"SetScaleInProtection","target":"asg","groupName":"asg","names":["i-2","i-3"],"protect":false}""")]
    public void Each_action_kind_is_written_in_the_shape_it_always_had(string action)
    {
        Assert.Contains(action, ReferenceJson.Written(ResultSamples.Drain, DrainResultJson.Write), StringComparison.Ordinal);
    }

    [Fact]
    public void A_queue_batch_is_answered_with_exactly_the_batch_item_failures_Lambda_reads()
    {
        var failed = ResultSamples.Drain with { BatchItemFailures = ["m-1", "m-3"] };
        var none = ResultSamples.Drain with { BatchItemFailures = [] };

        Assert.Equal("""{"batchItemFailures":[{"itemIdentifier":"m-1"},{"itemIdentifier":"m-3"}]}""", ReferenceJson.Written(failed, DrainResultJson.Write));
        Assert.Equal("""{"batchItemFailures":[]}""", ReferenceJson.Written(none, DrainResultJson.Write));
    }
}
