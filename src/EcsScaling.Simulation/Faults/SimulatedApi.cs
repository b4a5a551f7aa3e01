using EcsScaling.Core.Gateways;
using EcsScaling.Simulation.Clock;

namespace EcsScaling.Simulation.Faults;

/// <summary>
/// The front door of every simulated gateway call: counts the attempt, applies latency, rate
/// limits and injected faults, and retries as the SDKs' standard mode does
/// (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html), so a fault
/// reaches the caller as AwsCallException only once the attempts are exhausted.
/// Validation errors raised by the model are never retried.
/// </summary>
public sealed class SimulatedApi(VirtualClock clock, Random random, FaultOptions options, SimIds ids)
{
    private readonly RateLimits _limits = new(clock.GetUtcNow());

    public ApiCallCounter Calls { get; } = new();

    public FaultOptions Options { get; set; } = options;

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<T> CallAsync<T>(string service, string operation, Func<T> body, CancellationToken cancellationToken)
    {
        var key = service + ":" + operation;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Calls.RecordAttempt(key);
            if (Options.Latency > TimeSpan.Zero)
            {
                await clock.Delay(Options.Latency, cancellationToken).ConfigureAwait(false);
            }

            var fault = DrawFault(service, operation);
            if (fault is null)
            {
                try
                {
                    return body();
                }
                catch (AwsCallException)
                {
                    Calls.RecordFailure(key);
                    throw;
                }
            }

            Calls.RecordFailure(key);
            if (attempt >= Options.MaxAttempts)
            {
                throw fault;
            }

            var ceiling = Math.Min(Options.BaseBackoff.TotalSeconds * Math.Pow(2, attempt - 1), Options.MaxBackoff.TotalSeconds);
            await clock.Delay(TimeSpan.FromSeconds(random.NextDouble() * ceiling), cancellationToken).ConfigureAwait(false);
        }
    }

    public Task CallAsync(string service, string operation, Action body, CancellationToken cancellationToken) =>
        CallAsync(service, operation, () =>
        {
            body();
            return true;
        }, cancellationToken);

    public AwsCallException Error(string service, string operation, string code, string message, int status = 400) =>
        new(service, operation, code, message, ids.Uuid(), status);

    private AwsCallException? DrawFault(string service, string operation)
    {
        var throttled = (Options.RateLimits && !_limits.TryTake(service, operation, clock.GetUtcNow()))
            || (Options.ThrottleProbability > 0 && random.NextDouble() < Options.ThrottleProbability);
        if (throttled)
        {
            return Error(service, operation, service == "ecs" ? "ThrottlingException" : "Throttling", "Rate exceeded", 400);
        }

        return Options.ServerErrorProbability > 0 && random.NextDouble() < Options.ServerErrorProbability
            ? Error(service, operation, "InternalFailure", "injected server error", 500)
            : null;
    }
}
