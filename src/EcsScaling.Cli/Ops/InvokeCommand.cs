using System.CommandLine;
using System.Text.Json;
using EcsScaling.Functions;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Cli.Ops;

/// <summary>
/// `invoke FUNCTION EVENT-FILE`: runs any handler of the Lambda binary in-process on a sample
/// event (events/*.json), with the functions' own composition; --dry-run sets ECS_SCALING_DRY_RUN.
/// </summary>
internal static class InvokeCommand
{
    private static readonly TimeSpan LambdaTimeout = TimeSpan.FromMinutes(15);

    public static Command Create()
    {
        var shared = new SharedOptions();
        var command = shared.AddTo(new Command("invoke", "Run a function handler (drain, rebalance, policies, cluster-metrics, ops, parse-event) in-process on an event file, as Lambda would."));
        var function = new Argument<string>("function") { Description = "Handler name, as in _HANDLER." };
        var file = new Argument<FileInfo>("event-file") { Description = "JSON event, e.g. events/lifecycle-terminate.eventbridge.json or events/ops-drain.json." };
        var dryRun = new Option<bool>("--dry-run") { Description = $"Plan without mutating: sets {FunctionCatalog.DryRunVariable}=true for the function." };
        command.Arguments.Add(function);
        command.Arguments.Add(file);
        command.Options.Add(dryRun);
        command.SetAction((parsed, cancellationToken) =>
        {
            var io = OpsIo.From(parsed);
            return OpsRun.GuardAsync(io, () => InvokeAsync(parsed.GetValue(function)!, parsed.GetValue(file)!, parsed.GetValue(dryRun), shared.Read(parsed), io, cancellationToken));
        });
        return command;
    }

    private static async Task<int> InvokeAsync(string name, FileInfo file, bool dryRun, OpsSettings settings, OpsIo io, CancellationToken cancellationToken)
    {
        var payload = await File.ReadAllBytesAsync(file.FullName, cancellationToken);
        var backend = OpsBackend.Create(settings);
        var environment = new Dictionary<string, string?>(backend.Environment, StringComparer.Ordinal);
        if (dryRun)
        {
            environment[FunctionCatalog.DryRunVariable] = "true";
        }

        var telemetry = OpsRun.Telemetry(settings, backend);
        var function = FunctionCatalog.Create(backend.Gateways, backend.Time, telemetry, environment).Resolve(name);
        var result = await backend.RunAsync(() => LocalInvoker.InvokeAsync(function, payload, "cli-" + Guid.NewGuid().ToString("N"), LambdaTimeout, backend.Time, telemetry, cancellationToken));
        io.Output.WriteLine(settings.Json ? System.Text.Encoding.UTF8.GetString(result.Json.Span) : Indented(result.Json));
        return ExitCodes.Ok;
    }

    private static string Indented(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            document.RootElement.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
