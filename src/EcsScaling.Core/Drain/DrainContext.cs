using EcsScaling.Core.Gateways;

namespace EcsScaling.Core.Drain;

/// <summary>What every drain step needs: AWS (through gateways), the configuration and the clock.</summary>
public sealed record DrainContext(GatewaySet Gateways, DrainOptions Options, TimeProvider Time)
{
    public DateTimeOffset Now => Time.GetUtcNow();
}
