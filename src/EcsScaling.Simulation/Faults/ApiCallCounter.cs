namespace EcsScaling.Simulation.Faults;

/// <summary>Attempts per "service:Operation" (every retry is a billed, rate-limited call) and how many failed.</summary>
public sealed class ApiCallCounter
{
    private readonly SortedDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _failures = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Attempts => _attempts;

    public IReadOnlyDictionary<string, int> Failures => _failures;

    public int Total => _attempts.Values.Sum();

    public int this[string operation] => _attempts.GetValueOrDefault(operation);

    public void RecordAttempt(string key) => _attempts[key] = _attempts.GetValueOrDefault(key) + 1;

    public void RecordFailure(string key) => _failures[key] = _failures.GetValueOrDefault(key) + 1;
}
