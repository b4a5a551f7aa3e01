namespace EcsScaling.Simulation.Scenarios;

/// <summary>A function's event rule: the detail-types it routes and, optionally, the rest of its pattern (e.g. alarm names); only matching events invoke the function.</summary>
public sealed record EventSubscription(string Name, IReadOnlySet<string> DetailTypes, Func<string, CancellationToken, Task> Handle)
{
    public Func<string, bool>? Matches { get; init; }

    public bool Routes(string detailType, string json) => DetailTypes.Contains(detailType) && (Matches?.Invoke(json) ?? true);
}

public sealed record ScheduledFunction(string Name, TimeSpan Every, Func<CancellationToken, Task> Run);

/// <summary>The functions of one run: event handlers by EventBridge detail-type (as the rules would route them) and schedules.</summary>
public sealed class ScenarioFunctions
{
    private readonly List<EventSubscription> _subscriptions = [];
    private readonly List<ScheduledFunction> _scheduled = [];

    public IReadOnlyList<EventSubscription> Subscriptions => _subscriptions;

    public IReadOnlyList<ScheduledFunction> Scheduled => _scheduled;

    public ScenarioFunctions OnEvent(string name, IReadOnlyList<string> detailTypes, Func<string, CancellationToken, Task> handle, Func<string, bool>? matches = null)
    {
        _subscriptions.Add(new EventSubscription(name, detailTypes.ToHashSet(StringComparer.Ordinal), handle) { Matches = matches });
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
}
