using System.Text.Json;
using EcsScaling.Core.Drain;

namespace EcsScaling.Core.Tests.Drain;

public class DrainJsonContextTests
{
    [Fact]
    public async Task A_drain_result_serializes_as_plain_camel_case_data()
    {
        var f = new DrainFixture();
        f.AddInstance("i-1");
        var result = await f.HandleAsync(f.Terminate("i-1"), dryRun: true);

        var json = JsonSerializer.Serialize(result, DrainJsonContext.Default.DrainResult);

        using var document = JsonDocument.Parse(json);
        var decision = document.RootElement.GetProperty("decisions")[0];
        Assert.Equal("LifecycleActionEvent", document.RootElement.GetProperty("event").GetString());
        Assert.True(document.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal("planned", decision.GetProperty("outcome").GetString());
        Assert.Equal("SetDraining", decision.GetProperty("actions")[1].GetProperty("kind").GetString());
        Assert.Equal("2026-11-27T03:00:00Z", decision.GetProperty("actions")[0].GetProperty("attributes").GetProperty(DrainAttributes.DrainStarted).GetString());
        Assert.False(document.RootElement.TryGetProperty("actions", out _));
    }
}
