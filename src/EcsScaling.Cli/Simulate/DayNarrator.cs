using EcsScaling.Core.Policies.Profiles;
using EcsScaling.Simulation;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;
using EcsScaling.Simulation.Scenarios.Day;
using Spectre.Console;

namespace EcsScaling.Cli.Simulate;

/// <summary>
/// Narrates a day at a readable pace: the timeline, every target-tracking decision (services and the group),
/// placement trouble, profile switches and a count of drains — a line per notable event, not per minute.
/// </summary>
internal sealed class DayNarrator(IAnsiConsole? console) : ScenarioObserver
{
    private Simulator? _sim;
    private DateTimeOffset _start;
    private int _activitiesSeen;
    private int _messagesSeen;
    private string _profile = "normal";

    public override void Started(Simulator simulator)
    {
        (_sim, _start) = (simulator, simulator.Clock.GetUtcNow());
        _activitiesSeen = simulator.AutoScaling.Activities.Count;
        _messagesSeen = simulator.Ecs.ServiceMessages.Count;
        Say(_start, $"cluster ready: {simulator.Ecs.InstancesByEc2Id.Count} instances, {simulator.Ecs.AllTasks.Count(t => t.IsActive)} tasks");
    }

    public override void Step(TimelineStep step, DateTimeOffset at)
    {
        CatchUp();
        Say(at, "▶ " + step.Narration, "bold");
    }

    public override void Delivered(SimEvent simEvent, bool handled) => CatchUp();

    public override void Progress(TimeSpan elapsed, TimeSpan total) => CatchUp();

    private void CatchUp()
    {
        if (_sim is null || console is null)
        {
            return;
        }

        foreach (var (at, message) in _sim.AutoScaling.Activities.Skip(_activitiesSeen).ToList())
        {
            if (message.Contains("target tracking", StringComparison.Ordinal) || message.Contains("cannot scale in", StringComparison.Ordinal))
            {
                Say(at, message, message.Contains("scale out", StringComparison.Ordinal) ? "yellow" : "default");
            }
        }

        _activitiesSeen = _sim.AutoScaling.Activities.Count;
        foreach (var (at, _, message) in _sim.Ecs.ServiceMessages.Skip(_messagesSeen).ToList())
        {
            Say(at, "ecs: " + message, "red");
        }

        _messagesSeen = _sim.Ecs.ServiceMessages.Count;
        if (_sim.Ecs.Clusters.TryGetValue(DayCluster.Cluster, out var cluster) && ActiveProfile.FromTags(cluster.Tags) is var profile && profile.Name != _profile)
        {
            Say(_sim.Clock.GetUtcNow(), $"policy profile {_profile} → {profile.Name}", "green");
            _profile = profile.Name;
        }
    }

    private void Say(DateTimeOffset at, string text, string style = "default") =>
        console?.MarkupLine($"[grey]{(at - _start):hh\\:mm}[/] [{style}]{Markup.Escape(text)}[/]");
}
