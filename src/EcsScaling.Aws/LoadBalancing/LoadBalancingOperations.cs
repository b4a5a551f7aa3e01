using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.LoadBalancing;

/// <summary>The ELBv2 operations we call (awsQuery, Version=2015-12-01), each with the parser of its result into Core records.</summary>
public static class LoadBalancingOperations
{
    public static readonly QueryOperation<IReadOnlyList<TargetHealth>> DescribeTargetHealth = New<IReadOnlyList<TargetHealth>>("DescribeTargetHealth", r =>
        [.. r.Members("TargetHealthDescriptions").Select(ParseHealth)]);

    private static QueryOperation<T> New<T>(string name, Func<QueryElement, T> parse) => new(AwsService.LoadBalancing, name, parse);

    private static TargetHealth ParseHealth(QueryElement d)
    {
        var target = d.Child("Target") ?? throw new FormatException("<member> of TargetHealthDescriptions has no <Target>");
        var health = d.Child("TargetHealth");
        return new TargetHealth(new TargetRef(target.Required("Id"), target.Int("Port")), health?.Text("State") ?? string.Empty, health?.Text("Reason"));
    }
}
