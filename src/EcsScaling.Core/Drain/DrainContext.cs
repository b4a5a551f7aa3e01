using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>What every drain step needs: AWS (through gateways), the configuration and the clock.</summary>
public sealed record DrainContext(GatewaySet Gateways, DrainOptions Options, TimeProvider Time)
{
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>
    /// EC2 instance id → its container instance (null: in none of our clusters), looked up for a
    /// whole queue batch at once; an id listed here costs no further lookup.
    /// </summary>
    public IReadOnlyDictionary<string, ContainerInstance?> Located { get; init; } = new Dictionary<string, ContainerInstance?>(StringComparer.Ordinal);

    /// <summary>
    /// EC2 instance id → its Auto Scaling record (null: in no group), read for a whole queue batch's
    /// terminate actions in one DescribeAutoScalingInstances; an id listed here costs no further call.
    /// </summary>
    public IReadOnlyDictionary<string, AutoScalingInstance?> Held { get; init; } = new Dictionary<string, AutoScalingInstance?>(StringComparer.Ordinal);
}
