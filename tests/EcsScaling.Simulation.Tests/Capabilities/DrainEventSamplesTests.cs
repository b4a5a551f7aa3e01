using System.Text.Json;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// Every path into the drain function has a sample in events/ (so SAM local invoke and the docs
/// cover it), and every sample goes through the real function on the simulator without error.
/// </summary>
public class DrainEventSamplesTests
{
    /// <summary>The detail-types the drain rules route (scenario subscriptions and template), plus the sweeper schedule.</summary>
    public static readonly string[] DrainDetailTypes =
    [
        SimEvent.TerminateLifecycleAction, SimEvent.LaunchLifecycleAction, SimEvent.SpotInterruptionWarning,
        "EC2 Instance Rebalance Recommendation", SimEvent.ContainerInstanceStateChange, "Scheduled Event",
    ];

    private static string EventsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return Path.Combine(dir.FullName, "events");
            }
        }

        throw new DirectoryNotFoundException($"no Functions.sln above {AppContext.BaseDirectory}");
    }

    private static IEnumerable<string> Samples() => Directory.GetFiles(EventsFolder(), "*.json").Where(f => !Path.GetFileName(f).StartsWith("ops-", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string? DetailType(string path) =>
        JsonDocument.Parse(File.ReadAllText(path)).RootElement.TryGetProperty("detail-type", out var type) ? type.GetString() : null;

    [Fact]
    public void Every_drain_event_kind_has_a_sample_in_both_forms_where_AWS_sends_both()
    {
        var types = Samples().Select(DetailType).ToHashSet(StringComparer.Ordinal);

        Assert.All(DrainDetailTypes, t => Assert.Contains(t, types));
        Assert.Contains(Samples(), f => f.EndsWith("lifecycle-terminate.sns.json", StringComparison.Ordinal));
        Assert.Contains(Samples(), f => f.EndsWith("sns-test-notification.json", StringComparison.Ordinal));
        Assert.All(["lifecycle-terminate.sqs-eventbridge.json", "lifecycle-terminate.sqs-sns.json", "lifecycle-terminate.sqs-hook.json", "sqs-test-notification.json"],
            sqs => Assert.Contains(Samples(), f => f.EndsWith(sqs, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_sample_goes_through_the_real_drain_function_without_error()
    {
        var sim = new Simulator(1, new SimulationOptions { Faults = EcsScaling.Simulation.Faults.FaultOptions.None });
        StandardCluster.Build(sim, instances: 2);
        sim.Clock.Advance(ScenarioRunner.SetupSettle);
        var host = new LambdaHost(new ScenarioContext(sim), EcsScaling.Functions.Drain.DrainFunction.Name, DrainScenario.Environment());

        var failures = new List<string>();
        foreach (var sample in Samples().Where(f => DrainDetailTypes.Contains(DetailType(f)) || Path.GetFileName(f).Contains("sns", StringComparison.Ordinal) || Path.GetFileName(f).Contains("sqs", StringComparison.Ordinal)))
        {
            try
            {
                var answer = sim.Run(() => host.InvokeForAnswerAsync(File.ReadAllText(sample), CancellationToken.None));
                if (Path.GetFileName(sample).Contains("sqs", StringComparison.Ordinal) && answer != """{"batchItemFailures":[]}""")
                {
                    failures.Add($"{Path.GetFileName(sample)}: answered {answer}");
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures.Add($"{Path.GetFileName(sample)}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(host.Invocations >= 10, $"expected every drain sample to be invoked, got {host.Invocations}");
    }
}
