using EcsScaling.Functions.Json;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Json;

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
}
