using EcsScaling.Core.Gateways;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>Counts calls per operation and raises queued failures, for the fakes of every gateway.</summary>
public sealed class CallLog
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<AwsCallException>> _failures = new(StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> ReadOnlyPrefixes = new HashSet<string>(StringComparer.Ordinal) { "List", "Describe", "Get" };

    public int this[string operation] => _counts.GetValueOrDefault(operation);

    public int Total => _counts.Values.Sum();

    /// <summary>Calls whose operation name does not start with List/Describe/Get.</summary>
    public int Mutating => _counts.Where(c => !ReadOnlyPrefixes.Any(p => c.Key.StartsWith(p, StringComparison.Ordinal))).Sum(c => c.Value);

    public void FailNext(string operation, AwsCallException failure)
    {
        if (!_failures.TryGetValue(operation, out var queue))
        {
            _failures[operation] = queue = new Queue<AwsCallException>();
        }

        queue.Enqueue(failure);
    }

    public void Record(string operation)
    {
        _counts[operation] = _counts.GetValueOrDefault(operation) + 1;
        if (_failures.TryGetValue(operation, out var queue) && queue.Count > 0)
        {
            throw queue.Dequeue();
        }
    }
}
