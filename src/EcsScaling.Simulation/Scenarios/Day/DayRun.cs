using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Scenarios.Day;

/// <summary>
/// Runs one day twice from the same seed — ours (the functions plugged in, EC2 Auto Scaling target tracking
/// from the policy document) and ECS alone (the same service policies on a capacity provider with managed
/// scaling, termination protection and draining) — and merges them minute by minute with the packing bound.
/// </summary>
public static class DayRun
{
    public const string InvariantNoFloorBreach = "no service below its floor because of a rebalance";
    public const string InvariantNoFunctionError = "no function error";

    private sealed class Holder
    {
        public Simulator? Sim;
        public ClosedLoop? Loop;
    }

    public static DayResult Run(DaySettings settings, int seed, IReadOnlyList<Action<ScenarioContext, ScenarioFunctions>> ours, ScenarioObserver? observer = null)
    {
        var oursHolder = new Holder();
        var oursScenario = Scenario("diurnal", settings, oursHolder, sim =>
        {
            var group = DayCluster.Build(sim, settings.Scale, settings.Curve.At(0));

            // Heartbeat 600 s and default CONTINUE, as the template's hook.
            sim.AutoScaling.PutLifecycleHook(DayCluster.Group, DayCluster.DrainHook, LifecycleTransition.Terminating, TimeSpan.FromSeconds(600), LifecycleResult.Continue,
                $"{{\"cluster\":\"{DayCluster.Cluster}\"}}");
            return new ClosedLoop(sim, settings.Curve, DayCluster.Demands(settings.Scale), group, null);
        });
        foreach (var capability in ours)
        {
            oursScenario.With(capability);
        }

        var aloneHolder = new Holder();
        var aloneScenario = Scenario("diurnal (ECS alone)", settings, aloneHolder, sim =>
        {
            var group = DayCluster.Build(sim, settings.Scale, settings.Curve.At(0));
            var provider = new SimCapacityProvider(DayCluster.CapacityProviderName, group, sim.Ecs, sim.AutoScaling, sim.CloudWatch, sim.Clock);
            provider.Attach();
            ApplyServicePolicies(sim, settings.PolicyDocumentJson);
            return new ClosedLoop(sim, settings.Curve, DayCluster.Demands(settings.Scale), group, provider);
        });

        var oursResult = ScenarioRunner.Run(oursScenario, seed, observer);
        var aloneResult = ScenarioRunner.Run(aloneScenario, seed);
        return Merge(settings, seed, oursHolder, oursResult, aloneHolder, aloneResult);
    }

    private static Scenario Scenario(string name, DaySettings settings, Holder holder, Func<Simulator, ClosedLoop> build)
    {
        List<TimelineStep> timeline = [new(TimeSpan.Zero, $"The day begins ({settings.Curve.Name}).", _ => holder.Loop!.Begin(settings.Minutes))];
        if (settings.SurgeStart is { } surge)
        {
            timeline.Add(new(TimeSpan.FromMinutes(surge), $"Unexpected surge: load ×5 for {settings.SurgeMinutes} minutes.", _ => { }));
        }

        return new Scenario
        {
            Name = name,
            Description = "24 virtual hours: night trough, morning ramp, lunch peak, evening shoulder and an unexpected 5× surge of 20 minutes; ours against ECS alone from the same seed",
            Options = settings.Options,
            Setup = sim =>
            {
                holder.Sim = sim;
                holder.Loop = build(sim);
            },
            Timeline = timeline,
            Duration = TimeSpan.FromMinutes(settings.Minutes),
        };
    }

    /// <summary>ECS alone gets the document's normal service policies, as a user would have created them once (no profiles, no function).</summary>
    private static void ApplyServicePolicies(Simulator sim, string documentJson)
    {
        var profile = PolicyDocument.Load(documentJson).Profile(PolicyDocument.NormalProfile);
        var faults = sim.Api.Options;
        sim.Api.Options = new FaultOptions();
        sim.Run(async () =>
        {
            foreach (var resource in profile.Resources.Where(r => r.Resource.Kind == ScalableResourceKind.EcsService))
            {
                if (resource.Target is { } target)
                {
                    await sim.ScalingPolicies.RegisterScalableTargetAsync(target, CancellationToken.None).ConfigureAwait(false);
                }

                foreach (var policy in resource.Policies)
                {
                    await sim.ScalingPolicies.PutPolicyAsync(new TargetTrackingPolicy(resource.Resource, policy.Name, policy.Configuration), CancellationToken.None).ConfigureAwait(false);
                }
            }
        });
        sim.Api.Options = faults;
    }

    private static DayResult Merge(DaySettings settings, int seed, Holder ours, ScenarioResult oursResult, Holder alone, ScenarioResult aloneResult)
    {
        var oursSamples = ours.Loop!.Samples;
        var aloneSamples = alone.Loop!.Samples;
        var cluster = ours.Sim!.Ecs.Clusters[DayCluster.Cluster];
        var minutes = new List<DayMinute>();
        for (var i = 0; i < Math.Min(oursSamples.Count, aloneSamples.Count); i++)
        {
            var (o, a) = (oursSamples[i], aloneSamples[i]);

            // A lower bound for both setups: the fewer tasks either wanted.
            var bound = PackingBound.Instances(cluster, DayCluster.InstanceCapacity,
                s => s.IsDaemon || s.IsFargate ? 0 : Math.Min(o.Services[s.Name].Desired, a.Services[s.Name].Desired));
            minutes.Add(new DayMinute(o.Minute, o.Load, o.Instances, a.Instances, bound, o.Profile,
                DayCluster.Services.ToDictionary(s => s, s => new ServiceMinute(o.Services[s].Desired, o.Services[s].Running, a.Services[s].Desired, a.Services[s].Running), StringComparer.Ordinal)));
        }

        var timeline = new DayTimeline("diurnal", seed, DayCluster.Services, minutes, Marks(settings, ours, oursSamples));
        var hours = settings.Minutes / 60.0;
        var tally = DayTally.From(timeline);
        var figures = new DayFigures(
            tally.InstanceHours,
            tally.ServiceMinutesShort,
            new OursVersusEcsAlone(Count(oursSamples, s => s.CpuUtilization > 90), Count(aloneSamples, s => s.CpuUtilization > 90)),
            oursResult.Functions.Sum(f => f.Errors),
            oursResult.ApiCalls.Values.Sum() / hours,
            oursResult.Functions.Sum(f => f.Invocations) / hours,
            settings.SurgeStart is { } surge ? [.. DayCluster.Services.Select(s => Surge(s, Reach(oursSamples, s, surge, settings.SurgeMinutes), Reach(aloneSamples, s, surge, settings.SurgeMinutes)))] : []);

        var violations = new List<Violation>();
        violations.AddRange(oursResult.Violations);
        violations.AddRange(aloneResult.Violations.Select(v => v with { Message = "ECS alone: " + v.Message }));
        violations.AddRange(oursSamples.SelectMany(s => s.Services.Where(x => x.Value.BelowFloorByRebalance)
            .Select(x => new Violation(InvariantNoFloorBreach, $"minute {s.Minute}: {x.Key} ran {x.Value.Running} of {x.Value.Desired} after a rebalance stop"))));
        violations.AddRange(oursResult.Functions.SelectMany(f => f.ErrorMessages.Select(e => new Violation(InvariantNoFunctionError, $"{f.Name}: {e}"))));
        return new DayResult(timeline, figures, oursResult, aloneResult, [.. oursResult.InvariantsChecked, InvariantNoFloorBreach, InvariantNoFunctionError], violations, [.. oursSamples.Select(s => s.Fleet)]);
    }

    private static int Count(IReadOnlyList<DaySample> samples, Func<ServiceSample, bool> counted) => samples.Sum(s => s.Services.Values.Count(counted));

    private static SurgeReach Surge(string service, (int FromSurge, int FromRise)? ours, (int FromSurge, int FromRise)? alone) =>
        new(service, ours?.FromSurge, alone?.FromSurge) { OursFromRise = ours?.FromRise, EcsAloneFromRise = alone?.FromRise };

    /// <summary>From the surge's start, and from the minute the desired count rose above its pre-surge value, to the first minute after that at which the service ran its desired count.</summary>
    private static (int FromSurge, int FromRise)? Reach(IReadOnlyList<DaySample> samples, string service, int surge, int surgeMinutes)
    {
        if (surge <= 0 || surge >= samples.Count)
        {
            return null;
        }

        var before = samples[surge - 1].Services[service].Desired;
        int? rose = null;
        for (var m = surge; m < Math.Min(samples.Count, surge + surgeMinutes + 30); m++)
        {
            var s = samples[m].Services[service];
            rose ??= s.Desired > before ? m : null;
            if (rose is { } at && s.Running >= s.Desired)
            {
                return (m - surge, m - at);
            }
        }

        return null;
    }

    private static List<DayMark> Marks(DaySettings settings, Holder ours, IReadOnlyList<DaySample> samples)
    {
        var start = ours.Loop!.Start;
        var marks = ours.Sim!.AutoScaling.LifecycleActions
            .Where(a => a.Hook.Transition == LifecycleTransition.Terminating && a.StartedAt >= start)
            .Select(a => new DayMark((int)(a.StartedAt - start).TotalMinutes, DayMarkKind.Drain, $"drain {a.InstanceId}"))
            .ToList();
        marks.AddRange(samples.Where(s => s.RebalanceStops > 0).Select(s => new DayMark(s.Minute, DayMarkKind.RebalanceWave, $"rebalance: {s.RebalanceStops} task stop(s)")));
        marks.AddRange(samples.SelectMany(s => s.RebalanceDrains.Select(id => new DayMark(s.Minute, DayMarkKind.RebalanceWave, $"rebalance: drain {id}"))));
        marks.AddRange(samples.Skip(1).Zip(samples).Where(p => p.First.Profile != p.Second.Profile)
            .Select(p => new DayMark(p.First.Minute, DayMarkKind.ProfileSwitch, $"profile {p.Second.Profile} → {p.First.Profile}")));
        if (settings.SurgeStart is { } surge)
        {
            marks.Add(new DayMark(surge, DayMarkKind.Surge, $"surge ×5 for {settings.SurgeMinutes} min"));
        }

        return [.. marks.OrderBy(m => m.Minute)];
    }
}
