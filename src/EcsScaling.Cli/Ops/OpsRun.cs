using EcsScaling.Core.Configuration;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Observability;
using EcsScaling.Functions.Ops;

namespace EcsScaling.Cli.Ops;

/// <summary>
/// Runs one ops command in-process exactly as the Lambda would: the ops function is resolved from
/// the same FunctionCatalog, over AWS or the simulator, and its dispatcher does the work. Errors
/// become exit codes: bad input or configuration 2, AWS failures 1.
/// </summary>
internal static class OpsRun
{
    public static async Task<int> ExecuteAsync(Func<OpsCommand> build, OpsSettings settings, OpsIo io, bool wait, CancellationToken cancellationToken)
    {
        return await GuardAsync(io, async () =>
        {
            var command = build();
            var backend = OpsBackend.Create(settings);
            var catalog = FunctionCatalog.Create(backend.Gateways, backend.Time, Telemetry(settings, backend), backend.Environment);
            var dispatcher = ((OpsFunction)catalog.Resolve(OpsFunction.FunctionName)).Dispatcher;
            var response = await backend.RunAsync(() => dispatcher.RunAsync(command, cancellationToken));
            OpsRenderer.Render(response, io, settings.Json);
            if (OpsCommandFailedException.Failure(response) is { } failure)
            {
                io.Error.WriteLine($"error: {failure}");
            }

            var code = Verdict(response);
            return code == ExitCodes.Ok && wait && command is DrainCommand { DryRun: false } drain
                ? await new DrainWatch(backend, io, settings.Json).RunAsync(drain.InstanceId, cancellationToken)
                : code;
        });
    }

    /// <summary>Maps what went wrong to an exit code and one clear line on stderr; stdout stays clean for scripts.</summary>
    public static async Task<int> GuardAsync(OpsIo io, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (AwsCallException e)
        {
            io.Error.WriteLine($"error: {e.Service} {e.Operation} failed: {e.ErrorCode}: {e.AwsMessage} (HTTP {e.StatusCode}, request id {e.RequestId ?? "none"})");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (IsBadInput(e))
        {
            io.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Anything else (network down, credentials missing) is a failed command, told in one line rather than a stack trace.
            io.Error.WriteLine($"error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    public static ITelemetry Telemetry(OpsSettings settings, OpsBackend backend) =>
        settings.Verbose ? new JsonLineTelemetry(Console.OpenStandardError(), backend.Time, "ecs-scaling-cli") : new CapturingTelemetry();

    private static bool IsBadInput(Exception e) => e is EventParseException or ArgumentException or FileNotFoundException or DirectoryNotFoundException
        or ConfigurationException or PolicyValidationException or UnknownHandlerException;

    /// <summary>0 done; 1 an action failed or could not be taken; 3 a plan or diff that would change something.</summary>
    public static int Verdict(OpsResponse response)
    {
        if (response.Drain is { } drain)
        {
            return drain.Decisions.Any(d => d.Outcome is DrainOutcome.Failed or DrainOutcome.Ignored) ? ExitCodes.Failed : ExitCodes.Ok;
        }

        if (response.Rebalance is { } rebalance)
        {
            return rebalance.Outcome switch
            {
                RebalanceOutcome.Failed or RebalanceOutcome.Aborted => ExitCodes.Failed,
                RebalanceOutcome.DryRun when rebalance.Plan is { IsEmpty: false } => ExitCodes.ChangesPending,
                _ => ExitCodes.Ok,
            };
        }

        return response.Policies is { Outcome: PolicyOutcome.Drift or PolicyOutcome.Planned, Changes.Count: > 0 } ? ExitCodes.ChangesPending : ExitCodes.Ok;
    }
}
