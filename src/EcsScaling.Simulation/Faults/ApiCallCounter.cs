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

    /// <summary>Attempts of every operation that can change state, by "service:Operation".</summary>
    public IReadOnlyDictionary<string, int> MutatingAttempts =>
        _attempts.Where(a => IsMutating(a.Key)).ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    /// <summary>"service:Operation" (or an IAM action, same shape) that is not a List/Describe/Get.</summary>
    public static bool IsMutating(string serviceOperation) =>
        !RateLimits.IsReadOnly(serviceOperation[(serviceOperation.IndexOf(':', StringComparison.Ordinal) + 1)..]);

    public void RecordAttempt(string key) => _attempts[key] = _attempts.GetValueOrDefault(key) + 1;

    public void RecordFailure(string key) => _failures[key] = _failures.GetValueOrDefault(key) + 1;
}
