namespace EcsScaling.Core.Drain;

/// <summary>
/// How fast one queue batch calls AWS. ECS throttles per account and region (describe/list calls
/// 20/s sustained, 100 burst; "Request throttling for the Amazon ECS API"), and up to
/// MaximumConcurrency batches run at once: each takes its share of 90 % of the sustained rate, the
/// rest left to the sweeper (which, in queue mode, leaves recent event-started drains to the queue)
/// and the other functions, so a mass scale-in is worked at ECS's pace instead of being throttled.
/// </summary>
public static class QueuePacing
{
    public const double SustainedCallsPerSecond = 20;

    public const double QueueShare = 0.9;

    /// <summary>Between two decisions that call AWS: one call per rate family each (PutAttributes + UpdateContainerInstancesState, or a completion).</summary>
    public static TimeSpan BetweenDecisions(DrainOptions options) => PerCall(options);

    /// <summary>Between two instances whose tasks are listed: two ListTasks each.</summary>
    public static TimeSpan BetweenListings(DrainOptions options) => 2 * PerCall(options);

    private static TimeSpan PerCall(DrainOptions options) =>
        TimeSpan.FromSeconds(options.QueueConcurrency / (SustainedCallsPerSecond * QueueShare));
}
