using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.LoadBalancing;

namespace EcsScaling.Simulation.Gateways;

public sealed class SimLoadBalancingGateway(LoadBalancingModel loadBalancing, SimulatedApi api) : ILoadBalancingGateway
{
    private const string Service = "elasticloadbalancing";

    public Task<IReadOnlyList<TargetHealth>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken) =>
        api.CallAsync<IReadOnlyList<TargetHealth>>(Service, "DescribeTargetHealth", () =>
            [.. Group("DescribeTargetHealth", targetGroupArn).Targets.Values.Select(t => new TargetHealth(t.Target, t.State,
                t.State == TargetState.Draining ? "Target.DeregistrationInProgress" : t.State == TargetState.Initial ? "Elb.InitialHealthChecking" : null))],
            cancellationToken);

    private SimTargetGroup Group(string operation, string arn) =>
        loadBalancing.TargetGroups.GetValueOrDefault(arn) ?? throw api.Error(Service, operation, "TargetGroupNotFound", $"One or more target groups not found: {arn}");
}
