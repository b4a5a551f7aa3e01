using EcsScaling.Simulation.Clock;

namespace EcsScaling.Simulation.Scenarios;

/// <summary>Invokes plugged-in functions as Lambda would: each with its own timeout, concurrently, errors recorded rather than thrown.</summary>
internal sealed class FunctionInvoker(VirtualClock clock, TimeSpan timeout)
{
    private readonly SortedDictionary<string, (int Invocations, List<string> Errors)> _stats = new(StringComparer.Ordinal);

    public void Invoke(string name, Func<CancellationToken, Task> body)
    {
        if (!_stats.TryGetValue(name, out var stats))
        {
            _stats[name] = stats = (0, []);
        }

        _stats[name] = (stats.Invocations + 1, stats.Errors);
        var deadline = new CancellationTokenSource(timeout, clock);
        Task running;
        try
        {
            running = body(deadline.Token);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            running = Task.FromException(e);
        }

        running.ContinueWith(done =>
        {
            deadline.Dispose();
            if (done.Exception is { } error)
            {
                stats.Errors.Add($"{clock.GetUtcNow():HH:mm:ss} {error.InnerException?.Message ?? error.Message}");
            }
            else if (done.IsCanceled)
            {
                stats.Errors.Add($"{clock.GetUtcNow():HH:mm:ss} cancelled: function timeout of {timeout.TotalSeconds:0} s");
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public IReadOnlyList<FunctionSummary> Summaries() =>
        [.. _stats.Select(s => new FunctionSummary(s.Key, s.Value.Invocations, s.Value.Errors.Count, s.Value.Errors))];
}
