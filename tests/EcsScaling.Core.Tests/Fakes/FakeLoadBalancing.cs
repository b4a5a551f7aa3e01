using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Fakes;

/// <summary>A hand-written in-memory ELBv2: target groups and their targets' health are set directly.</summary>
public sealed class FakeLoadBalancing : ILoadBalancingGateway
{
    /// <summary>Target group ARN → targets with their state.</summary>
    public Dictionary<string, List<TargetHealth>> Targets { get; } = new(StringComparer.Ordinal);

    public CallLog Calls { get; } = new();

    /// <summary>A target group with no targets yet; returns its ARN.</summary>
    public string AddTargetGroup(string name)
    {
        var arn = $"arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/{name}/0123456789abcdef";
        Targets[arn] = [];
        return arn;
    }

    public void SetTarget(string targetGroupArn, TargetRef target, string state)
    {
        var targets = Targets[targetGroupArn];
        targets.RemoveAll(t => t.Target == target);
        targets.Add(new TargetHealth(target, state, null));
    }

    public Task<IReadOnlyList<TargetHealth>> DescribeTargetHealthAsync(string targetGroupArn, CancellationToken cancellationToken) =>
        Answer<IReadOnlyList<TargetHealth>>("DescribeTargetHealth", [.. Targets.GetValueOrDefault(targetGroupArn) ?? []]);

    private Task<T> Answer<T>(string operation, T value)
    {
        Calls.Record(operation);
        return Task.FromResult(value);
    }
}
