using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Tests.Wire;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests;

public class AwsGatewayFactoryTests
{
    [Fact]
    public void Builds_every_gateway_from_variables_with_the_credentials_it_is_given()
    {
        var variables = new Dictionary<string, string?> { ["AWS_REGION"] = "eu-west-1", ["HOME"] = "/nonexistent" };

        var gateways = AwsGatewayFactory.FromEnvironment(variables.GetValueOrDefault, new FixedCredentials(new AwsCredentials("AKID", "s", null)));

        Assert.IsType<EcsGateway>(gateways.Ecs);
        Assert.IsType<ScalingPolicyGateway>(gateways.ScalingPolicies);
    }

    [Fact]
    public void Without_credentials_anywhere_the_factory_fails_before_any_call_naming_where_they_are_read()
    {
        var variables = new Dictionary<string, string?> { ["AWS_REGION"] = "eu-west-1", ["HOME"] = "/nonexistent" };

        var error = Assert.Throws<InvalidOperationException>(() => AwsGatewayFactory.FromEnvironment(variables.GetValueOrDefault));

        Assert.Contains("AWS_ACCESS_KEY_ID", error.Message, StringComparison.Ordinal);
        Assert.Contains("AWS_SHARED_CREDENTIALS_FILE", error.Message, StringComparison.Ordinal);
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
