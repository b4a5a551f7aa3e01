using System.Diagnostics;
using System.Globalization;
using EcsScaling.Cli.Simulate;
using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Bench.Day;

/// <summary>
/// diurnal: the day of `simulate --scenario diurnal` over N seeds (default 20), ours against ECS alone and the
/// packing bound from the same run and seed, with the goals; then the wall time of one day with demand ×14, where
/// the cluster peaks near 400 instances (services' maxCapacity in policies/diurnal.json leaves room for it). Args: [seeds] [speed demand scale] | --dump SEED [every N minutes, default 30].
/// </summary>
internal static class DiurnalBenchmark
{
    private const double GoalToBound = 1.10;
    private const double BarToBound = 1.25;
    private const double BarSavedVersusEcsAlone = 0.15;
    private static readonly TimeSpan SpeedGoal = TimeSpan.FromSeconds(60);

    public static Task Run(string[] args)
    {
        if (args is ["--dump", var dumpSeed, .. var step])
        {
            Dump(int.Parse(dumpSeed, CultureInfo.InvariantCulture), step is [var every] ? int.Parse(every, CultureInfo.InvariantCulture) : 30);
            return Task.CompletedTask;
        }

        var seeds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        var speedScale = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 14;
        Console.WriteLine($"diurnal: {seeds} seeds, 24 virtual hours each, ours and ECS alone from the same seed");
        Console.WriteLine("seed  inst-h ours  ECS alone  bound   ours/bound  alone/bound  saved   short ours/alone  >90% ours/alone  calls/h  inv/h  errors  surge ours/alone (web,api,worker,checkout)  invariants");
        var results = new List<DayResult>();
        var wall = Stopwatch.StartNew();
        for (var seed = 1; seed <= seeds; seed++)
        {
            var result = DayRun.Run(DaySimulation.Settings(new SimulateSettings("diurnal", seed, Json: true)), seed, CapabilitySeam.Diurnal);
            results.Add(result);
            var f = result.Figures;
            var h = f.InstanceHours;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{seed,4}  {h.Ours,11:0.0}  {h.EcsAlone,9:0.0}  {h.Bound,6:0.0}  {h.OursToBound,10:0.00}  {h.EcsAlone / h.Bound,11:0.00}  {h.SavedVersusEcsAlone,6:P0}  {f.ServiceMinutesShort.Ours,8}/{f.ServiceMinutesShort.EcsAlone,-7}  {f.ServiceMinutesOverloaded.Ours,7}/{f.ServiceMinutesOverloaded.EcsAlone,-7}  {f.ApiCallsPerHour,7:0}  {f.InvocationsPerHour,5:0}  {f.FunctionErrors,6}  {Surge(f),-42}  {(result.Passed ? "held" : $"{result.Violations.Count} violated")}"));
        }

        wall.Stop();
        Summarise(results, wall.Elapsed);
        Speed(speedScale);
        return Task.CompletedTask;
    }

    private static void Summarise(List<DayResult> results, TimeSpan wall)
    {
        var ours = results.Sum(r => r.Figures.InstanceHours.Ours);
        var alone = results.Sum(r => r.Figures.InstanceHours.EcsAlone);
        var bound = results.Sum(r => r.Figures.InstanceHours.Bound);
        var saved = 1 - (ours / alone);
        var shortOurs = results.Sum(r => r.Figures.ServiceMinutesShort.Ours);
        var shortAlone = results.Sum(r => r.Figures.ServiceMinutesShort.EcsAlone);
        var hotOurs = results.Sum(r => r.Figures.ServiceMinutesOverloaded.Ours);
        var hotAlone = results.Sum(r => r.Figures.ServiceMinutesOverloaded.EcsAlone);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            totals over {results.Count} seeds ({wall.TotalSeconds:0.0} s wall):
              instance-hours: ours {ours:0.0}, ECS alone {alone:0.0}, bound {bound:0.0}
              ours / bound {ours / bound:0.000} (goal ≤ {GoalToBound:0.00}: {Verdict(ours / bound <= GoalToBound)}; bar ≤ {BarToBound:0.00}: {Verdict(ours / bound <= BarToBound)})
              ECS alone / bound {alone / bound:0.000}
              ours vs ECS alone: {saved:P1} fewer instance-hours (bar ≥ {BarSavedVersusEcsAlone:P0}: {Verdict(saved >= BarSavedVersusEcsAlone)})
              service-minutes short of desired: ours {shortOurs}, ECS alone {shortAlone} (ours ≤ ECS alone: {Verdict(shortOurs <= shortAlone)})
              service-minutes above 90 % CPU: ours {hotOurs}, ECS alone {hotAlone} (ours ≤ ECS alone: {Verdict(hotOurs <= hotAlone)})
              API calls / hour (ours): mean {results.Average(r => r.Figures.ApiCallsPerHour):0}; invocations / hour: mean {results.Average(r => r.Figures.InvocationsPerHour):0}; function errors: {results.Sum(r => r.Figures.FunctionErrors)}
              surge, minutes to reach the new desired (worst over seeds, ours / ECS alone): {WorstSurge(results)}
              surge, minutes from the desired count rising to running it (worst, ours / ECS alone): {WorstSurge(results, s => s.OursFromRise, s => s.EcsAloneFromRise)} ({SurgeGoal(results)})
              invariants: {results.Count(r => r.Passed)} of {results.Count} seeds held every invariant
              {Fleet(results.SelectMany(r => r.FleetOurs).ToList())}
            """));
        foreach (var violation in results.Where(r => !r.Passed).SelectMany(r => r.Violations.Take(3).Select(v => $"  seed {r.Timeline.Seed}: [{v.Invariant}] {v.Message}")))
        {
            Console.WriteLine(violation);
        }
    }

    /// <summary>One day at a larger demand (the cluster peaks near 400 instances): its wall time against the goal.</summary>
    private static void Speed(double scale)
    {
        var settings = DaySimulation.Settings(new SimulateSettings("diurnal", 1, Json: true)) with { Scale = scale };
        var wall = Stopwatch.StartNew();
        var result = DayRun.Run(settings, 1, CapabilitySeam.Diurnal);
        wall.Stop();
        var minutes = result.Timeline.Minutes;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed: demand ×{scale}: ours peaks at {minutes.Max(m => m.InstancesOurs)} instances (mean {minutes.Average(m => m.InstancesOurs):0}), ECS alone at {minutes.Max(m => m.InstancesEcsAlone)} (mean {minutes.Average(m => m.InstancesEcsAlone):0}); {result.Ours.EventsEmitted} events, {result.Ours.ApiCalls.Values.Sum()} API calls (ours); 24 virtual hours twice (ours, then ECS alone) in {wall.Elapsed.TotalSeconds:0.0} s wall (goal ≤ {SpeedGoal.TotalSeconds:0} s: {Verdict(wall.Elapsed <= SpeedGoal)})"));
    }

    /// <summary>Where ours' instance-hours went: the group's instances by state, summed over every seed's minutes.</summary>
    private static string Fleet(List<FleetSample> minutes)
    {
        static string Hours(double sum) => (sum / 60).ToString("#,0.0", CultureInfo.InvariantCulture);
        return $"ours' instance-hours by state: launching {Hours(minutes.Sum(m => m.Launching))}, leaving (drain) {Hours(minutes.Sum(m => m.Leaving))}, "
            + $"empty {Hours(minutes.Sum(m => m.Empty))}, busy protected {Hours(minutes.Sum(m => m.BusyProtected))}, busy unprotected {Hours(minutes.Sum(m => m.BusyUnprotected))}; "
            + $"the group's desired capacity {Hours(minutes.Sum(m => m.Desired))} instance-hours";
    }

    /// <summary>One seed's day every <paramref name="every"/> minutes (ours|ECS alone; ours' group by state), for looking at what a figure comes from.</summary>
    private static void Dump(int seed, int every)
    {
        var result = DayRun.Run(DaySimulation.Settings(new SimulateSettings("diurnal", seed, Json: true)), seed, CapabilitySeam.Diurnal);
        foreach (var m in result.Timeline.Minutes.Where(m => m.Minute % every == 0))
        {
            var services = string.Join(" ", m.Services.Select(s => $"{s.Key} {s.Value.RunningOurs}/{s.Value.DesiredOurs}|{s.Value.RunningEcsAlone}/{s.Value.DesiredEcsAlone}"));
            var g = result.FleetOurs[m.Minute];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{m.Minute / 60:00}:{m.Minute % 60:00} load {m.Load:0.00} inst {m.InstancesOurs,3}/{m.InstancesEcsAlone,3}/{m.InstancesBound,3} desired {g.Desired,3} launching {g.Launching,2} leaving {g.Leaving,2} empty {g.Empty,2} busy {g.BusyProtected,3}+{g.BusyUnprotected,-2} {m.Profile,-6} {services}"));
        }

        Console.WriteLine("marks: " + string.Join(", ", result.Timeline.Marks.CountBy(m => m.Kind).Select(k => $"{k.Value} {k.Key}")));
    }

    private static string Surge(DayFigures figures) =>
        string.Join(",", figures.Surge.Select(s => $"{Minutes(s.OursMinutes)}/{Minutes(s.EcsAloneMinutes)}"));

    private static string WorstSurge(List<DayResult> results) => WorstSurge(results, s => s.OursMinutes, s => s.EcsAloneMinutes);

    private static string WorstSurge(List<DayResult> results, Func<SurgeReach, int?> ours, Func<SurgeReach, int?> alone) =>
        string.Join(", ", DayCluster.Services.Select(service =>
        {
            var reach = results.SelectMany(r => r.Figures.Surge.Where(s => s.Service == service)).ToList();
            return $"{service} {Worst(reach.Select(ours))}/{Worst(reach.Select(alone))}";
        }));

    /// <summary>Every seed's every service reached its new desired within instance boot time (as the runs' options set it) + 3 minutes of its desired count rising.</summary>
    private static string SurgeGoal(List<DayResult> results)
    {
        var boot = DaySimulation.Settings(new SimulateSettings("diurnal", 1, Json: true)).Options.Ec2.BootToRegistration;
        var bound = (int)Math.Ceiling(boot.TotalMinutes) + 3;
        var all = results.SelectMany(r => r.Figures.Surge).Select(s => s.OursFromRise).ToList();
        return $"goal ≤ boot + 3 = {bound} min: " + (all.Count > 0 && all.All(m => m <= bound) ? "met" : "NOT met");
    }

    /// <summary>The slowest seed; "never" when some seed never got there.</summary>
    private static string Worst(IEnumerable<int?> minutes)
    {
        var list = minutes.ToList();
        return list.Count == 0 ? "—" : list.Any(m => m is null) ? "never" : $"{list.Max()}";
    }

    private static string Minutes(int? minutes) => minutes is { } m ? $"{m}" : "—";

    private static string Verdict(bool met) => met ? "met" : "NOT met";
}
