using System.Text.Json;
using EcsScaling.Core.Policies.Profiles;
using EcsScaling.Simulation;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;
using Spectre.Console;

namespace EcsScaling.Cli.Simulate;

public sealed record NarrationLine(double AtSeconds, string Text);

/// <summary>
/// Tells what happens, in virtual time: the timeline, scaling activities, the events a
/// capability would receive (and whether one did), service placement trouble, progress.
/// </summary>
internal sealed class Narrator(IAnsiConsole? console) : ScenarioObserver
{
    private readonly List<NarrationLine> _lines = [];
    private Simulator? _sim;
    private DateTimeOffset _start;
    private int _activitiesSeen;
    private int _serviceMessagesSeen;
    private int _lastQuarter;
    private string? _profile;
    private readonly HashSet<string> _emptied = new(StringComparer.Ordinal);

    public IReadOnlyList<NarrationLine> Lines => _lines;

    public override void Started(Simulator simulator)
    {
        _sim = simulator;
        _start = simulator.Clock.GetUtcNow();
        _activitiesSeen = simulator.AutoScaling.Activities.Count;
        _serviceMessagesSeen = simulator.Ecs.ServiceMessages.Count;
        Say($"cluster ready: {simulator.Ecs.InstancesByEc2Id.Count} instances, {simulator.Ecs.AllTasks.Count(t => t.IsActive)} tasks; capabilities plugged in: {(CapabilitySeam.Capabilities.Count == 0 ? "none" : CapabilitySeam.Capabilities.Count)}");
    }

    public override void Step(TimelineStep step, DateTimeOffset at)
    {
        CatchUp();
        Say("▶ " + step.Narration, "bold");
    }

    public override void Delivered(SimEvent simEvent, bool handled)
    {
        CatchUp();
        var detail = JsonDocument.Parse(simEvent.Json).RootElement.GetProperty("detail");
        if (simEvent.DetailType == SimEvent.ContainerInstanceStateChange && detail.GetProperty("status").GetString() == "ACTIVE")
        {
            // Reactivated: a later drain of it is news again.
            _emptied.Remove(detail.GetProperty("ec2InstanceId").GetString()!);
        }

        var text = simEvent.DetailType switch
        {
            SimEvent.TerminateLifecycleAction => $"lifecycle action: {detail.GetProperty("EC2InstanceId").GetString()} held in Terminating:Wait by hook {detail.GetProperty("LifecycleHookName").GetString()}"
                + (handled ? " → drain function invoked" : " — waiting: no drain capability plugged in (CapabilitySeam); it will time out and the default result applies"),
            SimEvent.SpotInterruptionWarning => $"Spot warning for {detail.GetProperty("instance-id").GetString()}"
                + (handled ? " → drain function invoked" : " — nothing drains it: its tasks die with the instance in two minutes"),
            SimEvent.AlarmStateChange => $"alarm {detail.GetProperty("alarmName").GetString()} → {detail.GetProperty("state").GetProperty("value").GetString()}"
                + (handled ? " → function invoked" : " — the rebalance / policy-profile capability would act here (CapabilitySeam)"),
            SimEvent.ContainerInstanceStateChange when detail.GetProperty("status").GetString() == "DRAINING" && detail.GetProperty("runningTasksCount").GetInt32() == 0
                && _emptied.Add(detail.GetProperty("ec2InstanceId").GetString()!) =>
                $"{detail.GetProperty("ec2InstanceId").GetString()} DRAINING: no running task left",
            _ => null,
        };
        if (text is not null)
        {
            Say(text, handled ? "green" : "yellow");
        }
    }

    public override void Progress(TimeSpan elapsed, TimeSpan total)
    {
        CatchUp();
        var quarter = (int)(4 * elapsed.Ticks / total.Ticks);
        if (quarter > _lastQuarter)
        {
            _lastQuarter = quarter;
            console?.MarkupLineInterpolated($"[grey]… {quarter * 25} % of {total.TotalMinutes:0} virtual minutes simulated[/]");
        }
    }

    private void CatchUp()
    {
        if (_sim is null)
        {
            return;
        }

        foreach (var (at, message) in _sim.AutoScaling.Activities.Skip(_activitiesSeen).ToList())
        {
            Say("auto scaling: " + message, at: at);
        }

        _activitiesSeen = _sim.AutoScaling.Activities.Count;
        foreach (var (at, _, message) in _sim.Ecs.ServiceMessages.Skip(_serviceMessagesSeen).ToList())
        {
            Say("ecs: " + message, "red", at);
        }

        _serviceMessagesSeen = _sim.Ecs.ServiceMessages.Count;
        NoticeProfile();
    }

    /// <summary>The policies function keeps the active profile in the cluster's tags, as in AWS.</summary>
    private void NoticeProfile()
    {
        if (!_sim!.Ecs.Clusters.TryGetValue(StandardCluster.Cluster, out var cluster))
        {
            return;
        }

        var profile = ActiveProfile.FromTags(cluster.Tags);
        if (_profile is not null && profile.Name != _profile)
        {
            Say($"policy profile {_profile} → {profile.Name}" + (profile.Source is { Length: > 0 } source ? $" ({source})" : "")
                + $": {_sim.ScalingPolicies.Policies.Count} target-tracking policies in force", "green", profile.Since);
        }

        _profile = profile.Name;
    }

    /// <summary>Activities are reported when noticed but stamped with when they happened.</summary>
    private void Say(string text, string style = "default", DateTimeOffset? at = null)
    {
        var seconds = _sim is null ? 0 : ((at ?? _sim.Clock.GetUtcNow()) - _start).TotalSeconds;
        _lines.Add(new NarrationLine(seconds, text));
        console?.MarkupLine($"[grey]+{TimeSpan.FromSeconds(seconds):mm\\:ss}[/] [{style}]{Markup.Escape(text)}[/]");
    }
}
