using EcsScaling.Aws.ApplicationAutoScaling;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using Op = EcsScaling.Aws.ApplicationAutoScaling.ApplicationAutoScalingOperations;

namespace EcsScaling.Aws.Tests.ApplicationAutoScaling;

/// <summary>The requests EcsServiceScaling writes, as the former contracts wrote them (PascalCase, nulls left out).</summary>
public class EcsServiceScalingTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ScalableResource Web = new(ScalableResourceKind.EcsService, "service/main/web");
    private readonly RecordingCaller aws = new();

    [Fact]
    public async Task Requests_match_what_the_former_contracts_wrote()
    {
        aws.Respond(Op.DescribeScalableTargets, r => r.String("NextToken") is null ? """{"ScalableTargets":[],"NextToken":"tok"}""" : "{}");
        var scaling = new EcsServiceScaling(aws);

        await scaling.RegisterTargetAsync(new ScalableTarget(Web, 1, 10), None);
        await scaling.DescribeTargetsAsync(["service/main/web", "service/main/api"], None);
        await scaling.DescribePoliciesAsync("service/main/web", None);
        await scaling.DeletePolicyAsync("service/main/web", "cpu50", None);

        Assert.Equal("""{"ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount","MinCapacity":1,"MaxCapacity":10}""", Body(Op.RegisterScalableTarget));
        Assert.Equal("""{"ServiceNamespace":"ecs","ResourceIds":["service/main/web","service/main/api"],"ScalableDimension":"ecs:service:DesiredCount","NextToken":"tok"}""", aws.BodiesOf(Op.DescribeScalableTargets).Last());
        Assert.Equal("""{"ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount"}""", Body(Op.DescribeScalingPolicies));
        Assert.Equal("""{"PolicyName":"cpu50","ServiceNamespace":"ecs","ResourceId":"service/main/web","ScalableDimension":"ecs:service:DesiredCount"}""", Body(Op.DeleteScalingPolicy));
    }

    [Fact]
    public async Task Resource_ids_are_asked_in_fifties_and_each_batch_to_its_last_page()
    {
        aws.Respond(Op.DescribeScalableTargets, r => r.String("NextToken") is null
            ? $$"""{"ScalableTargets":[{"ResourceId":"{{r.Strings("ResourceIds")![0]}}","MinCapacity":1,"MaxCapacity":2}],"NextToken":"tok"}"""
            : "{}");

        var targets = await new EcsServiceScaling(aws).DescribeTargetsAsync([.. Enumerable.Range(0, 60).Select(i => $"service/main/s{i}"), "service/main/s0"], None);

        Assert.Equal([50, 50, 10, 10], aws.RequestsOf(Op.DescribeScalableTargets).Select(r => r.Strings("ResourceIds")!.Count));
        Assert.Equal(["service/main/s0", "service/main/s50"], targets.Select(t => t.Resource.Id));
    }

    /// <summary>The policy request: PolicyName, the target, the type, then the configuration ApplicationAutoScalingPolicyJson writes.</summary>
    internal static async Task<string> PutBody(TargetTrackingConfiguration configuration)
    {
        var aws = new RecordingCaller();
        await new EcsServiceScaling(aws).PutPolicyAsync(new TargetTrackingPolicy(Web, "cpu50", configuration), None);
        return Assert.Single(aws.BodiesOf(Op.PutScalingPolicy));
    }

    private string Body<TResponse>(JsonOperation<TResponse> operation) => Assert.Single(aws.BodiesOf(operation));
}
