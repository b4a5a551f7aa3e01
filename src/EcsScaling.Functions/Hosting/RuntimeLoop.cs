using EcsScaling.Core.Observability;
using EcsScaling.Functions.Observability;

namespace EcsScaling.Functions.Hosting;

/// <summary>
/// The invocation loop: next → invoke → response or error, forever. One bad event never ends the
/// loop: every failure of an invocation is reported as that invocation's error, including an
/// invocation handed out without a header we need. Only the Runtime API itself failing (we cannot
/// fetch the next event, or it carries no request id to answer) ends it.
/// </summary>
public sealed class RuntimeLoop(RuntimeApiClient runtimeApi, ILambdaFunction function, string functionName, ITelemetry telemetry, TimeProvider time)
{
    /// <summary>The handler's token fires this long before the deadline, leaving time to post the answer.</summary>
    public TimeSpan DeadlineMargin { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Runs until <paramref name="stopping"/> fires; stopping mid-invocation returns quietly.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                Invocation invocation;
                try
                {
                    invocation = await runtimeApi.NextAsync(stopping);
                }
                catch (MalformedInvocationException e)
                {
                    await ReportAsync(e.RequestId, ErrorReport.Of("Runtime.MalformedInvocation", e.Message), stopping);
                    continue;
                }

                InitTimings.Mark("next-received");
                await InvokeAsync(invocation, stopping);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutdown requested.
        }
    }

    public async Task InvokeAsync(Invocation invocation, CancellationToken stopping)
    {
        Environment.SetEnvironmentVariable("_X_AMZN_TRACE_ID", invocation.TraceId);
        using var scope = (telemetry as IInvocationScope)?.BeginInvocation(invocation.RequestId);
        var context = new LambdaContext(invocation, functionName, time, telemetry);
        using var deadline = new CancellationTokenSource(Positive(context.RemainingTime - DeadlineMargin), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, stopping);

        FunctionResult result;
        try
        {
            result = await function.InvokeAsync(invocation.Payload, context, linked.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            await ReportAsync(invocation.RequestId, ErrorReport.Of("DeadlineApproaching",
                $"stopped {DeadlineMargin.TotalMilliseconds:0} ms before the deadline at the handler's request; the next event or the sweeper continues the work"), stopping);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
        {
            await ReportAsync(invocation.RequestId, ErrorReport.From(e), stopping);
            return;
        }

        InitTimings.Mark("handled");
        try
        {
            await runtimeApi.RespondAsync(invocation.RequestId, result.Json, stopping);
        }
        catch (RuntimeApiException e)
        {
            // E.g. 413 for a response over 6 MB: the invocation must still get an answer.
            await ReportAsync(invocation.RequestId, ErrorReport.Of("Runtime.ResponseRejected", e.Message), stopping);
        }
    }

    private async Task ReportAsync(string requestId, ErrorReport error, CancellationToken stopping)
    {
        telemetry.Log(LogLevel.Error, "invocation failed", ("errorType", error.ErrorType), ("errorMessage", error.ErrorMessage), ("stackTrace", error.StackTrace));
        try
        {
            await runtimeApi.ReportErrorAsync(requestId, error, stopping);
        }
        catch (RuntimeApiException e)
        {
            telemetry.Log(LogLevel.Error, "could not report the invocation error", ("reason", e.Message));
        }
    }

    private static TimeSpan Positive(TimeSpan span) => span > TimeSpan.Zero ? span : TimeSpan.Zero;
}
