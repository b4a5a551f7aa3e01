using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>A hand-written in-memory ELBv2: target groups and their targets' health are set directly.</summary>
public sealed class FakeLoadBalancing : ILoadBalancingGateway
{
    public Dictionary<string, TargetGroup> TargetGroups { get; } = new(StringComparer.Ordinal);

    /// <summary>Target group ARN → targets with their state.</summary>
    public Dictionary<string, List<TargetHealth>> Targets { get; } = new(StringComparer.Ordinal);

    public CallLog Calls { get; } = new();

    public TargetGroup AddTargetGroup(string name, string targetType = "instance")
    {
        var group = new TargetGroup($"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/{name}/0123456789abcdef", name, targetType, 80, []);
        TargetGroups[group.Arn] = group;
        Targets[group.Arn] = [];
        return group;
    }

    public void SetTarget(string targetGroupArn, TargetRef target, string state)
    {
        var targets = Targets[targetGroupArn];
        targets.RemoveAll(t => t.Target == target);
        targets.Add(new TargetHealth(target, state, null));
    }

    public Task<IReadOnlyList<TargetGroup>> DescribeTargetGroupsAsync(IReadOnlyList<string> targetGroupArns, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<TargetGroup>>("DescribeTargetGroups", [.. targetGroupArns.Where(TargetGroups.ContainsKey).Select(a => TargetGroups[a])]);

    public Task<IReadOnlyList<TargetHealth>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<TargetHealth>>("DescribeTargetHealth", [.. Targets.GetValueOrDefault(targetGroupArn) ?? []]);

    public Task DeregisterTargetsAsync(string targetGroupArn, IReadOnlyList<TargetRef> targets, CancellationToken cancellationToken)
    {
        Calls.Record("DeregisterTargets");
        Targets[targetGroupArn].RemoveAll(t => targets.Contains(t.Target));
        return Task.CompletedTask;
    }

    private Task<T> Answer<T>(string operation, T value)
    {
        Calls.Record(operation);
        return Task.FromResult(value);
    }
}
