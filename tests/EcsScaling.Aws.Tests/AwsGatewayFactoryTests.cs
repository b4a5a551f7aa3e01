using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Tests.Wire;

namespace EcsScaling.Aws.Tests;

public class AwsGatewayFactoryTests
{
    [Fact]
    public void Builds_every_gateway_from_variables_without_keys_deferring_credentials_to_the_SDK_chain()
    {
        var variables = new Dictionary<string, string?> { ["AWS_REGION"] = "eu-west-1" };

        var gateways = AwsGatewayFactory.FromEnvironment(variables.GetValueOrDefault);

        Assert.IsType<EcsGateway>(gateways.Ecs);
        Assert.IsType<ScalingPolicyGateway>(gateways.ScalingPolicies);
    }

    [Fact]
    public void Without_a_region_the_factory_fails_before_any_call()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AwsGatewayFactory.FromEnvironment(_ => null));

        Assert.Contains("AWS_REGION", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateways_from_variables_reach_the_configured_endpoint()
    {
        using var server = new LoopbackAws().Answer(200, """{"serviceArns":["arn:aws:ecs:eu-west-1:1:service/main/web"]}""", "application/x-amz-json-1.1");
        var variables = new Dictionary<string, string?>
        {
            ["AWS_REGION"] = "eu-west-1",
            ["AWS_ENDPOINT_URL_ECS"] = $"http://127.0.0.1:{server.Port}",
            ["AWS_ACCESS_KEY_ID"] = "a",
            ["AWS_SECRET_ACCESS_KEY"] = "b",
        };

        var arns = await AwsGatewayFactory.FromEnvironment(variables.GetValueOrDefault).Ecs.ListServiceArnsAsync("main", CancellationToken.None);

        Assert.Equal(["arn:aws:ecs:eu-west-1:1:service/main/web"], arns);
    }
}
