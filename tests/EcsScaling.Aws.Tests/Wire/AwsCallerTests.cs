using System.Text.Json;
using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>The SDK pipeline as we configure it: awsJson framing, error parsing, what is retried and what is not.</summary>
public class AwsCallerTests
{
    private const string Json = "application/x-amz-json-1.1";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Action<Utf8JsonWriter> ListServices = w => w.String("cluster", "main");

    [Fact]
    public async Task AwsJson_requests_carry_the_target_header_and_a_camelCase_body()
    {
        using var server = new LoopbackAws().Answer(200, """{"taskArns":["arn:t1"],"nextToken":null}""", Json);
        using var caller = server.Caller();

        var response = await caller.CallAsync(EcsOperations.ListTasks, w => w.String("cluster", "main").String("containerInstance", "arn:ci").String("desiredStatus", "RUNNING").Number("maxResults", 100), None);

        Assert.Equal(["arn:t1"], response.Items);
        var request = Assert.Single(server.Requests);
        Assert.Equal("AmazonEC2ContainerServiceV20141113.ListTasks", request.Headers["X-Amz-Target"]);
        Assert.Equal(Json, request.Headers["Content-Type"]);
        Assert.Equal("""{"cluster":"main","containerInstance":"arn:ci","desiredStatus":"RUNNING","maxResults":100}""", request.Body);
        Assert.Contains("/eu-west-1/ecs/aws4_request", request.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AwsJson_error_type_loses_its_namespace()
    {
        using var server = new LoopbackAws().Answer(400, """{"__type":"com.amazonaws.ecs#ClusterNotFoundException","message":"Cluster not found."}""", Json);
        using var caller = server.Caller();

        var error = await Assert.ThrowsAsync<AwsCallException>(() => caller.CallAsync(EcsOperations.ListTasks, w => w.String("cluster", "gone").String("desiredStatus", "RUNNING"), None));

        Assert.Equal(("ECS", "ListTasks", "ClusterNotFoundException", "Cluster not found.", 400), (error.Service, error.Operation, error.ErrorCode, error.AwsMessage, error.StatusCode));
        Assert.Equal("req-1", error.RequestId);
    }

    [Fact]
    public async Task Throttling_is_retried_until_it_succeeds()
    {
        using var server = new LoopbackAws()
            .Answer(400, """{"__type":"ThrottlingException","message":"Rate exceeded"}""", Json)
            .Answer(200, """{"serviceArns":["arn:s"]}""", Json);
        using var caller = server.Caller(maxAttempts: 3);

        var response = await caller.CallAsync(EcsOperations.ListServices, ListServices, None);

        Assert.Equal(["arn:s"], response.Items);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Service_unavailable_is_retried_up_to_the_attempt_limit_then_thrown()
    {
        using var server = new LoopbackAws();
        for (var i = 0; i < 3; i++)
        {
            server.Answer(503, """{"__type":"ServiceUnavailableException","message":"busy"}""", Json);
        }

        using var caller = server.Caller(maxAttempts: 3);

        var error = await Assert.ThrowsAsync<AwsCallException>(() => caller.CallAsync(EcsOperations.ListServices, ListServices, None));

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(503, error.StatusCode);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Validation_errors_are_not_retried()
    {
        using var server = new LoopbackAws().Answer(400, """{"__type":"InvalidParameterException","message":"bad"}""", Json);
        using var caller = server.Caller(maxAttempts: 5);

        await Assert.ThrowsAsync<AwsCallException>(() => caller.CallAsync(EcsOperations.ListServices, ListServices, None));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_an_AwsCallException_with_status_0()
    {
        int port;
        using (var server = new LoopbackAws())
        {
            port = server.Port;
        }

        var variables = new Dictionary<string, string?> { ["AWS_REGION"] = "eu-west-1", ["AWS_ENDPOINT_URL"] = $"http://127.0.0.1:{port}", ["AWS_ACCESS_KEY_ID"] = "a", ["AWS_SECRET_ACCESS_KEY"] = "b", ["AWS_MAX_ATTEMPTS"] = "1" };
        using var caller = new EcsScaling.Aws.Wire.AwsCaller(EcsScaling.Aws.Wire.AwsClientSettings.FromEnvironment(variables.GetValueOrDefault), EcsScaling.Aws.Wire.AwsClientSettings.ResolveCredentials(variables.GetValueOrDefault));

        var error = await Assert.ThrowsAsync<AwsCallException>(() => caller.CallAsync(EcsOperations.ListServices, ListServices, None));

        Assert.Equal((0, "ListServices"), (error.StatusCode, error.Operation));
    }
}
