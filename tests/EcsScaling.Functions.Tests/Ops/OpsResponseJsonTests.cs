using System.Text.Json;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Ops;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Ops;

public class OpsResponseJsonTests
{
    [Fact]
    public void Every_result_an_ops_response_can_hold_is_what_the_reference_serializer_writes()
    {
        Assert.Equal(ReferenceJson.Of(ResultSamples.Everything), ReferenceJson.Written(ResultSamples.Everything, OpsResponseJson.Write));
        Assert.Equal(ReferenceJson.Of(ResultSamples.Status), ReferenceJson.Written(ResultSamples.Status, OpsResponseJson.Write));
    }

    [Fact]
    public void The_ops_response_writes_only_the_result_that_applies()
    {
        var json = ReferenceJson.Written(new OpsResponse("drain", DryRun: true, Drain: ResultSamples.Drain), OpsResponseJson.Write);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("drain", document.RootElement.GetProperty("command").GetString());
        Assert.Equal(ReferenceJson.Written(ResultSamples.Drain, DrainResultJson.Write), document.RootElement.GetProperty("drain").GetRawText());
        Assert.False(document.RootElement.TryGetProperty("rebalance", out _));
        Assert.False(document.RootElement.TryGetProperty("status", out _));
    }
}
