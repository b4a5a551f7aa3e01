using EcsScaling.Core.Gateways;

namespace EcsScaling.Core.Drain;

/// <summary>
/// A Spot interruption warning comes two minutes ahead and cannot be extended, and no sweep would
/// find the instance later (nothing waits in a lifecycle state): a throttled step is retried within
/// the invocation, backing off 1, 2, 4, 8 and 16 s (31 s, well inside the warning) while the
/// account's token buckets refill, before the failure is reported.
/// </summary>
public static class UrgentRetry
{
    private static readonly TimeSpan[] Backoff = [.. new[] { 1, 2, 4, 8, 16 }.Select(s => TimeSpan.FromSeconds(s))];

    public static async Task<T> RunAsync<T>(Func<Task<T>> step, TimeProvider time, CancellationToken cancellationToken)
    {
        foreach (var delay in Backoff)
        {
            try
            {
                return await step();
            }
            catch (AwsCallException failure) when (AwsErrorCodes.IsThrottling(failure.ErrorCode))
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }

        return await step();
    }
}
