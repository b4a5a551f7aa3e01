namespace EcsScaling.Core.Gateways;

/// <summary>One account and region as Core sees it: AWS itself, moto behind the wire clients, or the simulator.</summary>
public sealed record GatewaySet(
    IEcsGateway Ecs,
    IAutoScalingGateway AutoScaling,
    ILoadBalancingGateway LoadBalancing,
    IScalingPolicyGateway ScalingPolicies,
    ICloudWatchGateway CloudWatch);
