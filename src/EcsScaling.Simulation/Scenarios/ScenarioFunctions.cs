namespace EcsScaling.Simulation.Scenarios;

public sealed record EventSubscription(string Name, IReadOnlySet<string> DetailTypes, Func<string, CancellationToken, Task> Handle);

public sealed record ScheduledFunction(string Name, TimeSpan Every, Func<CancellationToken, Task> Run);

/// <summary>The functions of one run: event handlers by EventBridge detail-type (as the rules would route them) and schedules.</summary>
public sealed class ScenarioFunctions
{
    private readonly List<EventSubscription> _subscriptions = [];
    private readonly List<ScheduledFunction> _scheduled = [];

    public IReadOnlyList<EventSubscription> Subscriptions => _subscriptions;

    public IReadOnlyList<ScheduledFunction> Scheduled => _scheduled;

    public ScenarioFunctions OnEvent(string name, IReadOnlyList<string> detailTypes, Func<string, CancellationToken, Task> handle)
    {
        _subscriptions.Add(new EventSubscription(name, detailTypes.ToHashSet(StringComparer.Ordinal), handle));
        return this;
    }

    public ScenarioFunctions Every(string name, TimeSpan period, Func<CancellationToken, Task> run)
    {
        if (period <= TimeSpan.Zero)
        {
            throw new ArgumentException($"schedule of {name} must be positive, got {period}");
        }

        _scheduled.Add(new ScheduledFunction(name, period, run));
        return this;
    }

    public bool Handles(string detailType) => _subscriptions.Any(s => s.DetailTypes.Contains(detailType));
}
