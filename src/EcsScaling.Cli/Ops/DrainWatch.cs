using System.Text.Json;
using EcsScaling.Core.Drain;
using Spectre.Console;

namespace EcsScaling.Cli.Ops;

/// <summary>One poll of a drain: what still holds the instance and how long until the max drain time.</summary>
public sealed record DrainSample(double ElapsedSeconds, int TasksLeft, int TargetsDraining, double? SecondsToDeadline, bool Drained, string Reason);

/// <summary>
/// `drain --wait`: polls the drained instance until every task is STOPPED and its targets are
/// gone, or the max drain time passes. Polling is fine here (this is not a Lambda); on the
/// simulator each pause advances virtual time instead of sleeping.
/// </summary>
internal sealed class DrainWatch(OpsBackend backend, OpsIo io, bool json)
{
    public static readonly TimeSpan AwsPollInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan SimulatedPollInterval = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan QuietLineInterval = TimeSpan.FromMinutes(1);

    private DrainSample? _lastShown;

    public async Task<int> RunAsync(string instanceId, CancellationToken cancellationToken)
    {
        var context = new DrainContext(backend.Gateways(), DrainOptionsParser.ParseForManualCommands(backend.Environment), backend.Time);
        var interval = backend is SimulatorBackend ? SimulatedPollInterval : AwsPollInterval;
        var start = backend.Time.GetUtcNow();
        while (true)
        {
            var instance = await backend.RunAsync(() => new InstanceLocator(context).FindAsync(instanceId, cancellationToken));
            if (instance is null)
            {
                Report(new DrainSample(Elapsed(start), 0, 0, null, true, $"{instanceId} is no longer registered with the cluster"));
                return ExitCodes.Ok;
            }

            var tasks = await backend.RunAsync(() => InstanceTasks.LoadAsync(context, instance, cancellationToken));
            var targets = await backend.RunAsync(() => TargetCheck.StillServingAsync(context, tasks, cancellationToken));
            var verdict = await backend.RunAsync(() => DrainVerdict.EvaluateAsync(context, tasks, cancellationToken));
            var deadline = (DrainAttributes.StartedAt(instance) ?? start) + context.Options.MaxDrainTime;
            var left = deadline - backend.Time.GetUtcNow();
            Report(new DrainSample(Elapsed(start), tasks.Blocking.Count, targets.Count, Math.Round(left.TotalSeconds), verdict.Drained, verdict.Reason));
            if (verdict.Drained)
            {
                return ExitCodes.Ok;
            }

            if (left <= TimeSpan.Zero)
            {
                io.Error.WriteLine($"error: {instanceId} is still not drained at the max drain time ({DrainVariables.MaxDrainTime}); the sweeper completes its hook with {DrainVariables.MaxDrainTimeResult}");
                return ExitCodes.Failed;
            }

            await backend.PauseAsync(interval, cancellationToken);
        }
    }

    private double Elapsed(DateTimeOffset start) => Math.Round((backend.Time.GetUtcNow() - start).TotalSeconds);

    /// <summary>JSON Lines for scripts (after the response line); one readable line per poll for humans.</summary>
    private void Report(DrainSample sample)
    {
        if (json)
        {
            io.Output.WriteLine(JsonSerializer.Serialize(sample, CliJsonContext.Default.DrainSample));
            return;
        }

        // Humans get a line when something moved, and at least once a minute to show it is alive.
        if (_lastShown is { } last && !sample.Drained && last.TasksLeft == sample.TasksLeft && last.TargetsDraining == sample.TargetsDraining
            && sample.ElapsedSeconds - last.ElapsedSeconds < QuietLineInterval.TotalSeconds)
        {
            return;
        }

        _lastShown = sample;
        var deadline = sample.SecondsToDeadline is { } s ? $", {TimeSpan.FromSeconds(Math.Max(0, s)):h\\:mm\\:ss} to deadline" : "";
        var style = sample.Drained ? "green" : "default";
        io.Console.MarkupLine($"[grey]+{TimeSpan.FromSeconds(sample.ElapsedSeconds):hh\\:mm\\:ss}[/] tasks left {sample.TasksLeft}, targets draining {sample.TargetsDraining}{deadline}: [{style}]{Markup.Escape(sample.Reason)}[/]");
    }
}
