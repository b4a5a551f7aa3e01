using System.Text.Json;
using EcsScaling.Bench.ColdStart;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Tests.Support;
using static EcsScaling.Functions.Tests.Support.BuiltBootstrap;

namespace EcsScaling.Functions.Tests.Hosting;

[Collection(RuntimeCollection.Name)]
public class LambdaBootstrapTests
{
    private static readonly TimeProvider Time = TimeProvider.System;

    [Fact]
    public async Task Without_a_runtime_api_the_bootstrap_refuses_to_start()
    {
        var telemetry = new CapturingTelemetry();

        var exitCode = await LambdaBootstrap.RunAsync(_ => null, TestFunctions.Registry(), telemetry, Time, CancellationToken.None);

        Assert.Equal(LambdaBootstrap.NotInLambda, exitCode);
        Assert.Contains("AWS_LAMBDA_RUNTIME_API is not set", Assert.Single(telemetry.Logs).Message);
    }

    [Theory]
    [InlineData("drain-everything", "_HANDLER (or ECS_SCALING_FUNCTION) \"drain-everything\" is not a function of this binary; known: explode-on-rebalance, parse-event")]
    [InlineData(null, "_HANDLER (or ECS_SCALING_FUNCTION) is not set; set it to one of: explode-on-rebalance, parse-event")]
    public async Task An_unknown_handler_is_an_init_error_naming_the_known_ones(string? handler, string message)
    {
        using var api = new FakeRuntimeApi(RuntimeRun.Invocation("never", "{}", Time));

        var (exitCode, answers) = await RuntimeRun.UntilAnsweredAsync(api, handler, TestFunctions.Registry(), new CapturingTelemetry(), Time);

        Assert.Equal(LambdaBootstrap.InitFailed, exitCode);
        var initError = Assert.Single(answers);
        Assert.Equal(("init-error", "Runtime.UnknownHandler", RuntimeApiClient.ErrorContentType), (initError.Kind, initError.ErrorType, initError.ContentType));
        Assert.Equal(message, JsonDocument.Parse(initError.Body).RootElement.GetProperty("errorMessage").GetString());
    }

    [Fact]
    public async Task On_the_managed_runtime_the_function_variable_picks_the_function()
    {
        using var api = new FakeRuntimeApi(RuntimeRun.Invocation("r-1", Samples.Text("scheduled-event.json"), Time));

        var (_, answers) = await RuntimeRun.UntilAnsweredAsync(api, "bootstrap", TestFunctions.Registry(), new CapturingTelemetry(), Time, functionVariable: "parse-event");

        Assert.Equal("response", Assert.Single(answers).Kind);
    }

    [SkippableTheory]
    [InlineData(Build.Jit)]
    [InlineData(Build.Aot)]
    public async Task The_built_executable_answers_every_invocation_and_logs_json_lines(Build build)
    {
        using var api = new FakeRuntimeApi(
            RuntimeRun.Invocation("ok-1", Samples.Text("lifecycle-terminate.sns.json"), Time),
            RuntimeRun.Invocation("malformed", "not json", Time),
            RuntimeRun.Invocation("unknown", """{"source":"aws.s3","detail-type":"Object Created"}""", Time),
            RuntimeRun.Invocation("ok-2", Samples.Text("scheduled-event.json"), Time));
        using var process = BuiltBootstrap.Start(build, api.Address, "parse-event");
        var stdout = process.StandardOutput.ReadToEndAsync();

        await Task.WhenAny(api.AllAnswered, process.WaitForExitAsync()).WaitAsync(RuntimeRun.Guard);
        process.Kill();
        await process.WaitForExitAsync();

        var answers = api.Answers;
        Assert.Equal(["ok-1", "malformed", "unknown", "ok-2"], answers.Select(a => a.RequestId));
        Assert.Equal(["response", "error", "error", "response"], answers.Select(a => a.Kind));
        RuntimeLoopTests.AssertError(answers[1], "EventParseException", "$: not valid JSON");
        Assert.Contains("\"instanceId\":\"i-0a1b2c3d4e5f60718\"", answers[0].Body);
        var terminate = Assert.Single(new EventParser().Parse(Samples.Bytes("lifecycle-terminate.sns.json")));
        Assert.Equal($$"""{"kind":"LifecycleActionEvent","event":{{ReferenceJson.Of(terminate)}}}""", answers[0].Body);
        var logs = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(["malformed", "unknown"], logs.Where(l => l.GetProperty("level").GetString() == "ERROR").Select(l => l.GetProperty("requestId").GetString()));
    }

    [SkippableTheory]
    [InlineData(Build.Jit)]
    [InlineData(Build.Aot)]
    public async Task The_built_executable_reports_an_unknown_handler_and_exits(Build build)
    {
        using var api = new FakeRuntimeApi(RuntimeRun.Invocation("never", "{}", Time));
        using var process = BuiltBootstrap.Start(build, api.Address, "nope");

        await process.WaitForExitAsync().WaitAsync(RuntimeRun.Guard);

        Assert.Equal(LambdaBootstrap.InitFailed, process.ExitCode);
        Assert.Equal(("init-error", "Runtime.UnknownHandler"), (Assert.Single(api.Answers).Kind, api.Answers[0].ErrorType));
    }
}
