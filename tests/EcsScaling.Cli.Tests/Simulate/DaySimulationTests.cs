using System.Text.Json;
using EcsScaling.Cli.Simulate;
using EcsScaling.Simulation;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Load;
using EcsScaling.Simulation.Scenarios;
using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Tests.Simulate;

/// <summary>
/// `simulate --scenario diurnal` on short days (a two-hour curve with a 5× surge) so the suite stays fast; the
/// full 24-hour day over 20 seeds is the bench (bench diurnal).
/// </summary>
public sealed class DaySimulationTests : IDisposable
{
    /// <summary>Quiet, a ramp, a 5× surge of 20 minutes at minute 50, back down and quiet again.</summary>
    private const string ShortDay = "minute,multiplier\n0,0.3\n30,1\n49,1\n50,5\n70,5\n71,1\n100,0.3\n120,0.3\n";

    private readonly string _curve = Path.Combine(Path.GetTempPath(), $"ecs-scaling-day-{Guid.NewGuid():N}.csv");

    public DaySimulationTests() => File.WriteAllText(_curve, ShortDay);

    public void Dispose() => File.Delete(_curve);

    [Fact]
    public void The_json_carries_the_figures_and_the_invariants_of_both_setups()
    {
        var (exit, _, stdout) = SimulateHarness.Run(new SimulateSettings("diurnal", 2, Json: true) { LoadCurve = new FileInfo(_curve) });

        Assert.Equal(0, exit);
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(120, report.GetProperty("minutes").GetInt32());
        var hours = report.GetProperty("instanceHours");
        var (ours, alone, bound) = (hours.GetProperty("ours").GetDouble(), hours.GetProperty("ecsAlone").GetDouble(), hours.GetProperty("bound").GetDouble());
        Assert.InRange(bound, 0.1, Math.Min(ours, alone));
        Assert.True(report.GetProperty("serviceMinutesShort").TryGetProperty("ecsAlone", out _));
        Assert.True(report.GetProperty("serviceMinutesOverloaded").TryGetProperty("ours", out _));
        Assert.Equal(0, report.GetProperty("functionErrors").GetInt32());
        Assert.True(report.GetProperty("invocationsPerHour").GetDouble() > 0);
        Assert.Equal(
            ["no task lost", "no instance terminated with live tasks (Spot reclaims excepted)", "lifecycle actions completed before timeout", DayRun.InvariantNoFloorBreach, DayRun.InvariantNoFunctionError],
            report.GetProperty("invariants").EnumerateArray().Select(i => i.GetProperty("name").GetString()!));
        Assert.All(report.GetProperty("invariants").EnumerateArray(), i => Assert.True(i.GetProperty("passed").GetBoolean(), i.ToString()));
    }

    [Fact]
    public void Text_output_narrates_the_day_and_ends_with_the_comparison_table()
    {
        var (exit, console, _) = SimulateHarness.Run(new SimulateSettings("diurnal", 1, Json: false) { LoadCurve = new FileInfo(_curve) });

        Assert.Equal(0, exit);
        Assert.Contains("target tracking scale out", console, StringComparison.Ordinal);
        Assert.Contains("instance-hours", console, StringComparison.Ordinal);
        Assert.Contains("ECS alone", console, StringComparison.Ordinal);
        Assert.True(console.Split('\n').Length < 400, "a line per notable event, not per minute");
    }

    [Fact]
    public void Report_writes_the_picture_of_the_run_whose_figures_the_json_carries()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ecs-scaling-day-{Guid.NewGuid():N}.html");
        try
        {
            var (exit, _, stdout) = SimulateHarness.Run(new SimulateSettings("diurnal", 2, Json: true, Report: path) { LoadCurve = new FileInfo(_curve) });

            Assert.Equal(0, exit);
            var html = File.ReadAllText(path);
            Assert.Contains("id=\"instances-chart\"", html, StringComparison.Ordinal);
            var ours = JsonDocument.Parse(stdout).RootElement.GetProperty("instanceHours").GetProperty("ours").GetDouble();
            Assert.Contains($"data-figure=\"instance-hours-ours\">{EcsScaling.Cli.Simulate.Report.ReportText.Figure(ours)}<", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bad_load_curve_is_refused_naming_the_line()
    {
        File.WriteAllText(_curve, "0,1\n10,lots\n");
        var (exit, console, stdout) = SimulateHarness.Run(new SimulateSettings("diurnal", 1, Json: true) { LoadCurve = new FileInfo(_curve) });

        Assert.Equal(2, exit);
        Assert.Contains("line 2", console, StringComparison.Ordinal);
        Assert.Empty(stdout);
    }

    /// <summary>
    /// The short day over seeds with the fault model — throttling, HTTP 500s, duplicated, delayed/reordered and lost
    /// events — for ours (ECS alone gets the same world): every safety invariant holds and the figures add up from the
    /// minutes. An invocation whose AWS calls failed is a function error (reported, and the next invocation finishes its
    /// job), so under faults errors are counted rather than forbidden; the bench's fault-free day requires none.
    /// </summary>
    [Fact]
    public void Over_seeds_with_faults_every_invariant_holds_and_the_figures_come_from_the_minutes()
    {
        var document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, CapabilitySeam.DiurnalDocumentPath));
        var settings = new DaySettings(LoadCurve.ParseCsv(ShortDay, "short day"), document)
        {
            Minutes = 120,
            SurgeStart = 50,
            Options = new SimulationOptions
            {
                Events = new EventDeliveryOptions { DuplicateProbability = 0.2, LossProbability = 0.05, Jitter = TimeSpan.FromSeconds(30) },
                Faults = new FaultOptions { ThrottleProbability = 0.05, ServerErrorProbability = 0.02, Latency = TimeSpan.FromMilliseconds(200) },
            },
        };

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var result = DayRun.Run(settings, seed, CapabilitySeam.Diurnal);

            var safety = result.Violations.Where(v => v.Invariant != DayRun.InvariantNoFunctionError).ToList();
            Assert.True(safety.Count == 0, $"seed {seed}: " + string.Join("\n", safety.Select(v => $"[{v.Invariant}] {v.Message}")));
            Assert.Equal(result.Violations.Count(v => v.Invariant == DayRun.InvariantNoFunctionError), result.Figures.FunctionErrors);
            Assert.Equal(120, result.Timeline.Minutes.Count);
            Assert.Equal(result.Timeline.Minutes.Sum(m => m.InstancesOurs) / 60.0, result.Figures.InstanceHours.Ours, 9);
            Assert.Equal(result.Timeline.Minutes.Sum(m => m.InstancesEcsAlone) / 60.0, result.Figures.InstanceHours.EcsAlone, 9);

            // A setup running every task its services want holds at least the bound's instances (one that is short may hold fewer).
            var ec2 = new[] { "web", "api", "worker" };
            Assert.All(result.Timeline.Minutes.Where(m => ec2.All(s => m.Services[s].RunningOurs >= m.Services[s].DesiredOurs)),
                m => Assert.True(m.InstancesBound <= m.InstancesOurs, $"minute {m.Minute}: bound {m.InstancesBound} above ours {m.InstancesOurs}"));
            Assert.All(result.Timeline.Minutes.Where(m => ec2.All(s => m.Services[s].RunningEcsAlone >= m.Services[s].DesiredEcsAlone)),
                m => Assert.True(m.InstancesBound <= m.InstancesEcsAlone, $"minute {m.Minute}: bound {m.InstancesBound} above ECS alone {m.InstancesEcsAlone}"));
            Assert.Equal(result.Timeline.Minutes.Sum(m => m.Services.Values.Count(s => s.RunningOurs < s.DesiredOurs)), (int)result.Figures.ServiceMinutesShort.Ours);
            Assert.Contains(result.Timeline.Marks, m => m.Kind == DayMarkKind.Surge && m.Minute == 50);
            Assert.Contains(result.Timeline.Minutes, m => m.Services["web"].DesiredOurs > result.Timeline.Minutes[0].Services["web"].DesiredOurs);
            Assert.Contains(result.Ours.Functions, f => f.Name == "drain-sweeper" && f.Invocations >= 119);
        }
    }

    /// <summary>
    /// After the surge the services scale in and leave instances empty; cluster-metrics gives each back within minutes
    /// of its emptying (ECS_SCALING_SCALE_IN_EMPTY_MINUTES=5 counts from registration, long past), where the group's own
    /// target tracking would wait for 15 one-minute datapoints below its target.
    /// </summary>
    [Fact]
    public void Instances_emptied_after_the_surge_are_given_back_within_minutes()
    {
        var document = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, CapabilitySeam.DiurnalDocumentPath));
        var settings = new DaySettings(LoadCurve.ParseCsv(ShortDay, "short day"), document) { Minutes = 120, SurgeStart = 50 };

        foreach (var seed in new[] { 1, 2 })
        {
            var result = DayRun.Run(settings, seed, CapabilitySeam.Diurnal);

            var longest = 0;
            var run = 0;
            foreach (var minute in result.FleetOurs.Skip(71))
            {
                run = minute.Empty > 0 ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }

            Assert.True(result.Passed, string.Join("\n", result.Violations.Select(v => v.Message)));
            Assert.True(longest > 0 && longest <= 6, $"seed {seed}: an instance stayed empty {longest} minutes in a row after the surge; empty per minute: {string.Join(",", result.FleetOurs.Skip(71).Select(m => m.Empty))}");
        }
    }
}
