namespace EcsScaling.Simulation.Faults;

/// <summary>
/// Operation families that share a bucket, with AWS's documented burst/sustained rates
/// (ECS: https://docs.aws.amazon.com/AmazonECS/latest/APIReference/request-throttling.html;
/// other services publish no per-operation figures, so they get the describe/list rate).
/// </summary>
public sealed class RateLimits(DateTimeOffset start)
{
    private readonly Dictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);

    public static (string Family, double Burst, double PerSecond) FamilyOf(string service, string operation) => (service, operation) switch
    {
        ("ecs", "UpdateService") => ("ecs:UpdateService", 50, 5),
        ("ecs", "StopTask" or "RunTask" or "StartTask") => ("ecs:" + operation, 100, 40),
        ("ecs", "UpdateContainerInstancesState") => ("ecs:UpdateContainerInstancesState", 100, 40),
        (_, _) when IsReadOnly(operation) => (service + ":describe", 100, 20),
        (_, _) => (service + ":mutate", 100, 20),
    };

    public static bool IsReadOnly(string operation) =>
        operation.StartsWith("Describe", StringComparison.Ordinal) || operation.StartsWith("List", StringComparison.Ordinal) || operation.StartsWith("Get", StringComparison.Ordinal);

    public bool TryTake(string service, string operation, DateTimeOffset now)
    {
        var (family, burst, perSecond) = FamilyOf(service, operation);
        if (!_buckets.TryGetValue(family, out var bucket))
        {
            _buckets[family] = bucket = new TokenBucket(burst, perSecond, start);
        }

        return bucket.TryTake(now);
    }
}
