using System.Text;
using EcsScaling.Bench.ColdStart;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Tests.Hosting;

public class RuntimeApiClientTests
{
    [Fact]
    public async Task Next_reads_the_invocation_headers_and_payload()
    {
        var deadline = new DateTimeOffset(2026, 3, 2, 10, 0, 0, 123, TimeSpan.Zero);
        using var api = new FakeRuntimeApi(new FakeInvocation("id/with slash", "{\"a\":1}", deadline, "Root=1-abc"));
        using var client = new RuntimeApiClient(api.Address);

        var invocation = await client.NextAsync(CancellationToken.None);
        await client.RespondAsync(invocation.RequestId, "{\"ok\":true}"u8.ToArray(), CancellationToken.None);

        Assert.Equal(("id/with slash", deadline, "Root=1-abc"), (invocation.RequestId, invocation.Deadline, invocation.TraceId));
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(invocation.Payload.Span));
        var answer = Assert.Single(api.Answers);
        Assert.Equal(("response", "id/with slash", "{\"ok\":true}"), (answer.Kind, answer.RequestId, answer.Body));
    }

    [Fact]
    public async Task A_runtime_api_that_answers_an_error_status_raises_with_the_call()
    {
        using var api = new FakeRuntimeApi { MaxResponseBytes = 4 };
        using var client = new RuntimeApiClient(api.Address);

        var error = await Assert.ThrowsAsync<RuntimeApiException>(() => client.RespondAsync("r-1", "{\"big\":1}"u8.ToArray(), CancellationToken.None));

        Assert.StartsWith("POST /runtime/invocation/r-1/response answered 413", error.Message);
    }
}
