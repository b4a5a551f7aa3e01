using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// DescribeTargetHealth answers for every target of a group: when one invocation checks several
/// instances behind the same target group, the group is asked once.
/// </summary>
public sealed class TargetHealthCache(DrainContext context)
{
    private readonly Dictionary<string, IReadOnlyList<TargetHealth>> _byGroup = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<TargetHealth>> GetAsync(string targetGroupArn, CancellationToken cancellationToken)
    {
        if (!_byGroup.TryGetValue(targetGroupArn, out var health))
        {
            _byGroup[targetGroupArn] = health = await context.Gateways.LoadBalancing.DescribeTargetHealthAsync(targetGroupArn, cancellationToken);
        }

        return health;
    }
}
