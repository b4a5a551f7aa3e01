using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>
/// Runs a scenario on a fresh simulator per seed: build and settle the world, plug in the
/// functions, play the timeline, check the invariants. Deterministic for a seed, so a failing
/// seed printed by <see cref="RunSeeds"/> replays exactly.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>Time for the initial tasks to be placed and start before the scenario begins.</summary>
    public static TimeSpan SetupSettle { get; } = TimeSpan.FromMinutes(2);

    /// <summary>Each invocation is cancelled after this much virtual time, as Lambda's function timeout would.</summary>
    public static TimeSpan FunctionTimeout { get; } = TimeSpan.FromMinutes(5);

    public static ScenarioResult Run(Scenario scenario, int seed, ScenarioObserver? observer = null)
    {
        var saved = SynchronizationContext.Current;

        // Continuations of the functions must run inline on this thread for the run to be deterministic.
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return RunOnThisThread(scenario, seed, observer ?? new ScenarioObserver());
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(saved);
        }
    }

    public static IReadOnlyList<ScenarioResult> RunSeeds(Scenario scenario, IEnumerable<int> seeds) =>
        [.. seeds.Select(seed => Run(scenario, seed))];

    /// <summary>Null when every seed passed; otherwise the failing seeds with their violations, ready for an assertion message.</summary>
    public static string? DescribeFailures(IEnumerable<ScenarioResult> results)
    {
        var failed = results.Where(r => !r.Passed).ToList();
        return failed.Count == 0 ? null : $"{failed.Count} seed(s) failed; replay with seed {failed[0].Seed}\n" + string.Join("\n", failed.Select(r => r.ToString()));
    }

    private static ScenarioResult RunOnThisThread(Scenario scenario, int seed, ScenarioObserver observer)
    {
        var sim = new Simulator(seed, scenario.Options);
        scenario.Setup(sim);
        sim.Clock.Advance(SetupSettle);
        var before = InstanceSnapshot.Take(sim);
        var start = sim.Clock.GetUtcNow();

        var functions = new ScenarioFunctions();
        var context = new ScenarioContext(sim);
        foreach (var register in scenario.Functions)
        {
            register(context, functions);
        }

        var invoker = new FunctionInvoker(sim.Clock, FunctionTimeout);
        sim.Events.Subscribe(e => Dispatch(e, functions, invoker, observer));
        foreach (var scheduled in functions.Scheduled)
        {
            ScheduleEvery(sim, scheduled, invoker);
        }

        foreach (var step in scenario.Timeline)
        {
            sim.Clock.ScheduleAt(start + step.At, () =>
            {
                observer.Step(step, sim.Clock.GetUtcNow());
                step.Act(sim);
            });
        }

        observer.Started(sim);
        const int slices = 100;
        for (var i = 1; i <= slices; i++)
        {
            sim.Clock.RunUntil(start + (scenario.Duration * i / slices));
            observer.Progress(sim.Clock.GetUtcNow() - start, scenario.Duration);
        }

        return Summarise(scenario, sim, before, start, invoker);
    }

    private static void Dispatch(SimEvent simEvent, ScenarioFunctions functions, FunctionInvoker invoker, ScenarioObserver observer)
    {
        var handled = false;
        foreach (var subscription in functions.Subscriptions.Where(s => s.Routes(simEvent.DetailType, simEvent.Json)))
        {
            handled = true;
            invoker.Invoke(subscription.Name, token => subscription.Handle(simEvent.Json, token));
        }

        observer.Delivered(simEvent, handled);
    }

    private static void ScheduleEvery(Simulator sim, ScheduledFunction scheduled, FunctionInvoker invoker) =>
        sim.Clock.Schedule(scheduled.Every, () =>
        {
            invoker.Invoke(scheduled.Name, scheduled.Run);
            ScheduleEvery(sim, scheduled, invoker);
        });

    private static ScenarioResult Summarise(Scenario scenario, Simulator sim, IReadOnlyDictionary<string, (string Az, int Tasks)> before, DateTimeOffset start, FunctionInvoker invoker)
    {
        var violations = scenario.Invariants.SelectMany(i => i.Check(sim).Select(m => new Violation(i.Name, m))).ToList();
        var drains = sim.AutoScaling.LifecycleActions
            .Where(a => a.Hook.Transition == Core.Model.LifecycleTransition.Terminating && a.StartedAt >= start)
            .Select(a => new DrainSummary(a.InstanceId, a.Hook.HookName, ((a.FinishedAt ?? sim.Clock.GetUtcNow()) - a.StartedAt).TotalSeconds,
                a.TimedOut ? "timed-out" : a.Result is not null ? "completed" : a.FinishedAt is not null ? "reclaimed" : "pending"))
            .ToList();
        return new ScenarioResult(
            scenario.Name, sim.Seed, (sim.Clock.GetUtcNow() - start).TotalSeconds, [.. scenario.Invariants.Select(i => i.Name)], violations,
            InstanceSnapshot.Compare(before, InstanceSnapshot.Take(sim)), drains,
            new Dictionary<string, int>(sim.Api.Calls.Attempts, StringComparer.Ordinal), new Dictionary<string, int>(sim.Api.Calls.Failures, StringComparer.Ordinal),
            invoker.Summaries(), sim.Events.Emitted.Count, sim.Events.Lost);
    }
}
