using System.Text.Json;
using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Aws.Tests.Wire;

/// <summary>The wire as AwsCaller sends it: awsJson framing, signing, error parsing, what is retried and what is not, the clock.</summary>
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
        using var caller = new EcsScaling.Aws.Wire.AwsCaller(EcsScaling.Aws.Wire.AwsClientSettings.FromEnvironment(variables.GetValueOrDefault), EcsScaling.Aws.Wire.AwsClientSettings.ResolveCredentials(variables.GetValueOrDefault)!);

        var error = await Assert.ThrowsAsync<AwsCallException>(() => caller.CallAsync(EcsOperations.ListServices, ListServices, None));

        Assert.Equal((0, "ListServices"), (error.StatusCode, error.Operation));
    }

    [Fact]
    public async Task Temporary_keys_send_and_sign_their_session_token()
    {
        using var server = new LoopbackAws().Answer(200, """{"serviceArns":[]}""", Json);
        using var caller = server.Caller();

        await caller.CallAsync(EcsOperations.ListServices, ListServices, None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("session-token", request.Headers["X-Amz-Security-Token"]);
        Assert.Contains("SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal($"127.0.0.1:{server.Port}", request.Headers["Host"]);
        Assert.Equal(AwsCaller.UserAgent, request.Headers["User-Agent"]);
    }

    [Fact]
    public async Task A_signature_refused_as_skewed_is_signed_again_on_the_servers_clock_at_once()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 21, 0, 0, TimeSpan.Zero));
        var server = time.GetUtcNow().AddHours(1);
        using var aws = new LoopbackAws()
            .Answer(400, """{"__type":"InvalidSignatureException","message":"Signature expired"}""", Json, date: server)
            .Answer(200, """{"serviceArns":["arn:s"]}""", Json, date: server);
        using var caller = aws.Caller(maxAttempts: 2, time: time);

        var response = await caller.CallAsync(EcsOperations.ListServices, ListServices, None);

        Assert.Equal(["arn:s"], response.Items);
        Assert.Equal(["20261207T210000Z", "20261207T220000Z"], aws.Requests.Select(r => r.Headers["X-Amz-Date"]));
        Assert.Equal(TimeSpan.FromHours(1), caller.ClockOffset);
        Assert.Equal(RetryPolicy.QuotaCapacity, caller.RetriesOf(AwsService.Ecs).AvailableQuota);
    }

    [Fact]
    public async Task A_refused_signature_with_a_clock_that_agrees_is_not_retried()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 21, 0, 0, TimeSpan.Zero));
        using var aws = new LoopbackAws().Answer(403, """{"__type":"InvalidSignatureException","message":"wrong key"}""", Json, date: time.GetUtcNow().AddMinutes(1));
        using var caller = aws.Caller(maxAttempts: 3, time: time);

        var error = await Assert.ThrowsAsync<AwsCallException>(() => caller.CallAsync(EcsOperations.ListServices, ListServices, None));

        Assert.Equal(("InvalidSignatureException", 403), (error.ErrorCode, error.StatusCode));
        Assert.Single(aws.Requests);
        Assert.Equal(TimeSpan.Zero, caller.ClockOffset);
    }

    [Fact]
    public async Task In_adaptive_mode_a_throttle_turns_on_the_client_side_rate()
    {
        using var server = new LoopbackAws()
            .Answer(400, """{"__type":"ThrottlingException","message":"Rate exceeded"}""", Json)
            .Answer(200, """{"serviceArns":[]}""", Json);
        using var caller = server.Caller(maxAttempts: 2, mode: "adaptive");

        await caller.CallAsync(EcsOperations.ListServices, ListServices, None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(RetryPolicy.QuotaCapacity, caller.RetriesOf(AwsService.Ecs).AvailableQuota);
    }
}
