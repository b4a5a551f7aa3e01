using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.LoadBalancing;

namespace EcsScaling.Simulation.Gateways;

public sealed class SimLoadBalancingGateway(LoadBalancingModel loadBalancing, SimulatedApi api) : ILoadBalancingGateway
{
    private const string Service = "elasticloadbalancing";

    public Task<IReadOnlyList<TargetGroup>> DescribeTargetGroupsAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken) =>
        api.CallAsync<IReadOnlyList<TargetGroup>>(Service, "DescribeTargetGroups", () =>
            [.. targetGroupArns.Select(a => Group("DescribeTargetGroups", a).ToModel())], cancellationToken);

    public Task<IReadOnlyList<TargetHealth>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken) =>
        api.CallAsync<IReadOnlyList<TargetHealth>>(Service, "DescribeTargetHealth", () =>
            [.. Group("DescribeTargetHealth", targetGroupArn).Targets.Values.Select(t => new TargetHealth(t.Target, t.State,
                t.State == TargetState.Draining ? "Target.DeregistrationInProgress" : t.State == TargetState.Initial ? "Elb.InitialHealthChecking" : null))],
            cancellationToken);

    public Task DeregisterTargetsAsync(string targetGroupArn, IReadOnlyList<TargetRef> targets, CancellationToken cancellationToken) =>
        api.CallAsync(Service, "DeregisterTargets", () =>
        {
            var group = Group("DeregisterTargets", targetGroupArn);
            foreach (var target in targets)
            {
                loadBalancing.Deregister(group, target);
            }
        }, cancellationToken);

    private SimTargetGroup Group(string operation, string arn) =>
        loadBalancing.TargetGroups.GetValueOrDefault(arn) ?? throw api.Error(Service, operation, "TargetGroupNotFound", $"One or more target groups not found: {arn}");
}
