using System.Text.Json;
using EcsScaling.Bench.ColdStart;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.ParseEvent;
using EcsScaling.Functions.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Functions.Tests.Hosting;

[Collection(RuntimeCollection.Name)]
public class RuntimeLoopTests
{
    private static readonly TimeProvider Time = TimeProvider.System;

    [Fact]
    public async Task Every_invocation_is_answered_and_bad_ones_do_not_stop_the_loop()
    {
        using var api = new FakeRuntimeApi(
            RuntimeRun.Invocation("ok-1", Samples.Text("spot-interruption-warning.json"), Time),
            RuntimeRun.Invocation("malformed", "{\"detail-type\": ", Time),
            RuntimeRun.Invocation("throws", Samples.Text("rebalance-recommendation.json"), Time),
            RuntimeRun.Invocation("unknown", """{"source":"aws.s3","detail-type":"Object Created","detail":{}}""", Time),
            RuntimeRun.Invocation("ok-2", Samples.Text("alarm-state-change.sns.json"), Time));
        var telemetry = new CapturingTelemetry();

        var (_, answers) = await RuntimeRun.UntilAnsweredAsync(api, TestFunctions.Explodes, TestFunctions.Registry(), telemetry, Time);

        Assert.Equal(["ok-1", "malformed", "throws", "unknown", "ok-2"], answers.Select(a => a.RequestId));
        AssertResponse(answers[0], "SpotInterruptionWarning");
        AssertError(answers[1], "EventParseException", "$: not valid JSON (line 1, byte 17)");
        AssertError(answers[2], "InvalidOperationException", "handler failed on purpose");
        AssertError(answers[3], "EventParseException", "detail-type: unsupported event source \"aws.s3\"");
        AssertResponse(answers[4], "AlarmStateChanged");
        var failures = telemetry.Logs.Where(l => l.Level == LogLevel.Error && l.Message == "invocation failed").ToList();
        Assert.Equal(3, failures.Count);
        var handlerFailure = Assert.Single(failures, l => (string?)l.Fields["errorType"] == "InvalidOperationException");
        Assert.NotEmpty(Assert.IsAssignableFrom<IReadOnlyList<string>>(handlerFailure.Fields["stackTrace"]));
    }

    [Fact]
    public async Task The_context_carries_the_invocation_headers_and_the_trace_id_is_exported()
    {
        string? seen = null;
        var probe = new DelegateFunction("probe", (context, _) =>
        {
            seen = string.Join("|", context.AwsRequestId, context.InvokedFunctionArn, context.TraceId,
                Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"), context.RemainingTime > TimeSpan.FromMinutes(4));
            return Task.FromResult(new FunctionResult("{}"u8.ToArray()));
        });
        using var api = new FakeRuntimeApi(RuntimeRun.Invocation("req-7", "{}", Time, traceId: "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1"));

        var (_, answers) = await RuntimeRun.UntilAnsweredAsync(api, "probe", TestFunctions.Registry(probe), new CapturingTelemetry(), Time);

        Assert.Equal("response", Assert.Single(answers).Kind);
        Assert.Equal("req-7|arn:aws:lambda:us-east-1:123456789012:function:ecs-scaling-parse-event|Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1|Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1|True", seen);
    }

    [Fact]
    public async Task The_handler_token_fires_before_the_deadline_and_the_invocation_reports_it()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var started = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        var slow = new DelegateFunction("slow", async (_, token) =>
        {
            started.SetResult(token);
            await Task.Delay(Timeout.Infinite, token);
            return new FunctionResult("{}"u8.ToArray());
        });
        using var api = new FakeRuntimeApi(new FakeInvocation("late", "{}", time.GetUtcNow().AddSeconds(3)));

        var running = RuntimeRun.UntilAnsweredAsync(api, "slow", TestFunctions.Registry(slow), new CapturingTelemetry(), time);
        var token = await started.Task.WaitAsync(RuntimeRun.Guard);
        time.Advance(TimeSpan.FromSeconds(2.4));
        Assert.False(token.IsCancellationRequested, "the token fired before deadline minus margin");
        time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True(token.IsCancellationRequested);
        var (_, answers) = await running;

        AssertError(Assert.Single(answers), "DeadlineApproaching", "stopped 500 ms before the deadline");
    }

    [Fact]
    public async Task A_response_the_runtime_api_refuses_is_answered_with_an_error()
    {
        var big = new DelegateFunction("big", (_, _) => Task.FromResult(new FunctionResult(new byte[64])));
        using var api = new FakeRuntimeApi(RuntimeRun.Invocation("too-big", "{}", Time)) { MaxResponseBytes = 16 };

        var (_, answers) = await RuntimeRun.UntilAnsweredAsync(api, "big", TestFunctions.Registry(big), new CapturingTelemetry(), Time);

        AssertError(Assert.Single(answers), "Runtime.ResponseRejected", "POST /runtime/invocation/too-big/response answered 413");
    }

    [Fact]
    public async Task An_invocation_without_a_deadline_header_is_answered_with_an_error_and_the_loop_goes_on()
    {
        using var api = new FakeRuntimeApi(
            new FakeInvocation("no-deadline", Samples.Text("spot-interruption-warning.json"), Deadline: null),
            RuntimeRun.Invocation("after", Samples.Text("spot-interruption-warning.json"), Time));
        var telemetry = new CapturingTelemetry();

        var (_, answers) = await RuntimeRun.UntilAnsweredAsync(api, ParseEventFunction.Name, TestFunctions.Registry(), telemetry, Time);

        Assert.Equal(["no-deadline", "after"], answers.Select(a => a.RequestId));
        AssertError(answers[0], "Runtime.MalformedInvocation", "invocation no-deadline: missing or invalid Lambda-Runtime-Deadline-Ms");
        AssertResponse(answers[1], "SpotInterruptionWarning");
        Assert.Contains(telemetry.Logs, l => l.Level == LogLevel.Error && (string?)l.Fields["errorType"] == "Runtime.MalformedInvocation");
    }

    private static void AssertResponse(RuntimeAnswer answer, string kind)
    {
        Assert.Equal(("response", "application/json"), (answer.Kind, answer.ContentType));
        Assert.Equal(kind, JsonDocument.Parse(answer.Body).RootElement.GetProperty("kind").GetString());
    }

    internal static void AssertError(RuntimeAnswer answer, string errorType, string messageStart)
    {
        Assert.Equal(("error", RuntimeApiClient.ErrorContentType, errorType), (answer.Kind, answer.ContentType, answer.ErrorType));
        var body = JsonDocument.Parse(answer.Body).RootElement;
        Assert.Equal(errorType, body.GetProperty("errorType").GetString());
        Assert.StartsWith(messageStart, body.GetProperty("errorMessage").GetString());
        Assert.Equal(JsonValueKind.Array, body.GetProperty("stackTrace").ValueKind);
    }
}

[CollectionDefinition(Name)]
public sealed class RuntimeCollection
{
    // The loop exports _X_AMZN_TRACE_ID, a process-wide variable: runtime tests run one at a time.
    public const string Name = "runtime";
}
