using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

public class EndpointResolutionTests
{
    private static Uri Resolve(AwsService service, string region, params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => (string?)v.Value);
        return EndpointResolution.Resolve(service, region, map.GetValueOrDefault);
    }

    [Theory]
    [InlineData("us-east-1", "https://ecs.us-east-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://ecs.cn-north-1.amazonaws.com.cn/")]
    [InlineData("us-gov-west-1", "https://ecs.us-gov-west-1.amazonaws.com/")]
    [InlineData("us-iso-east-1", "https://ecs.us-iso-east-1.c2s.ic.gov/")]
    [InlineData("us-isob-east-1", "https://ecs.us-isob-east-1.sc2s.sgov.gov/")]
    public void Regional_endpoints_use_the_partition_suffix(string region, string expected)
    {
        Assert.Equal(new Uri(expected), Resolve(AwsService.Ecs, region));
    }

    [Fact]
    public void Service_variables_are_named_after_the_service_id()
    {
        Assert.Equal(
            ["AWS_ENDPOINT_URL_ECS", "AWS_ENDPOINT_URL_AUTO_SCALING", "AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2", "AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING", "AWS_ENDPOINT_URL_CLOUDWATCH"],
            AwsService.All.Select(s => s.EndpointVariable));
    }

    [Fact]
    public void The_service_variable_beats_the_global_one_which_beats_the_region()
    {
        (string, string) global = ("AWS_ENDPOINT_URL", "http://localhost:5000");
        (string, string) ecsOnly = ("AWS_ENDPOINT_URL_ECS", "http://localhost:6000");

        Assert.Equal(new Uri("http://localhost:6000/"), Resolve(AwsService.Ecs, "eu-west-1", global, ecsOnly));
        Assert.Equal(new Uri("http://localhost:5000/"), Resolve(AwsService.AutoScaling, "eu-west-1", global, ecsOnly));
    }

    [Fact]
    public void Ignoring_configured_endpoints_disables_both_variables()
    {
        var uri = Resolve(AwsService.LoadBalancing, "eu-west-1", ("AWS_ENDPOINT_URL", "http://localhost:5000"), ("AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2", "http://x:1"), ("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"));

        Assert.Equal(new Uri("https://elasticloadbalancing.eu-west-1.amazonaws.com/"), uri);
    }

    [Fact]
    public void A_malformed_endpoint_names_the_variable()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Resolve(AwsService.CloudWatch, "eu-west-1", ("AWS_ENDPOINT_URL_CLOUDWATCH", "localhost:4566")));

        Assert.Contains("AWS_ENDPOINT_URL_CLOUDWATCH", error.Message, StringComparison.Ordinal);
    }
}
