using EcsScaling.Aws.AutoScaling;
using EcsScaling.Aws.Tests.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Tests.AutoScaling;

/// <summary>
/// moto answers HTTP 500 for CompleteLifecycleAction and RecordLifecycleActionHeartbeat, so these
/// run against a loopback server answering the documented awsQuery bodies.
/// </summary>
public class LifecycleActionWireTests
{
    private const string Namespace = "http://autoscaling.amazonaws.com/doc/2011-01-01/";
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly LifecycleActionRef Action = new("ecs-asg", "drain-hook", "i-0abc", "token-123");

    private static string Success(string operation) =>
        $"""<{operation}Response xmlns="{Namespace}"><{operation}Result/><ResponseMetadata><RequestId>7c6e177f-f082-11e1-ac58-3714bEXAMPLE</RequestId></ResponseMetadata></{operation}Response>""";

    private static string ValidationError(string message) =>
        $"""<ErrorResponse xmlns="{Namespace}"><Error><Type>Sender</Type><Code>ValidationError</Code><Message>{message}</Message></Error><RequestId>e1d7d4b8-EXAMPLE</RequestId></ErrorResponse>""";

    [Fact]
    public async Task CompleteLifecycleAction_sends_a_signed_awsQuery_form_and_reports_Completed()
    {
        using var server = new LoopbackAws().Answer(200, Success("CompleteLifecycleAction"));
        using var caller = server.Caller(region: "eu-central-1");

        var outcome = await new AutoScalingGateway(caller).CompleteLifecycleActionAsync(Action, LifecycleResult.Continue, None);

        Assert.Equal(LifecycleCompletion.Completed, outcome);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.StartsWith("application/x-www-form-urlencoded", request.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Action"] = "CompleteLifecycleAction", ["Version"] = "2011-01-01", ["LifecycleHookName"] = "drain-hook",
                ["AutoScalingGroupName"] = "ecs-asg", ["LifecycleActionToken"] = "token-123", ["InstanceId"] = "i-0abc", ["LifecycleActionResult"] = "CONTINUE",
            },
            request.Form);
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDLOOPBACK/", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("/eu-central-1/autoscaling/aws4_request", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Contains("SignedHeaders=", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal("session-token", request.Headers["X-Amz-Security-Token"]);
        Assert.Matches("^[0-9]{8}T[0-9]{6}Z$", request.Headers["X-Amz-Date"]);
    }

    [Fact]
    public async Task CompleteLifecycleAction_on_a_finished_action_reports_AlreadyFinished()
    {
        using var server = new LoopbackAws().Answer(400, ValidationError("No active Lifecycle Action found with instance ID i-0abc"));
        using var caller = server.Caller(maxAttempts: 3);

        var outcome = await new AutoScalingGateway(caller).CompleteLifecycleActionAsync(Action with { Token = null }, LifecycleResult.Abandon, None);

        Assert.Equal(LifecycleCompletion.AlreadyFinished, outcome);
        var request = Assert.Single(server.Requests); // a ValidationError is never retried
        Assert.Equal("ABANDON", request.Form["LifecycleActionResult"]);
        Assert.DoesNotContain("LifecycleActionToken", request.Form.Keys);
    }

    [Fact]
    public async Task RecordLifecycleActionHeartbeat_reports_Completed_then_AlreadyFinished()
    {
        using var server = new LoopbackAws()
            .Answer(200, Success("RecordLifecycleActionHeartbeat"))
            .Answer(400, ValidationError("No active Lifecycle Action found with token token-123"));
        using var caller = server.Caller();
        var gateway = new AutoScalingGateway(caller);

        var first = await gateway.RecordLifecycleActionHeartbeatAsync(Action, None);
        var second = await gateway.RecordLifecycleActionHeartbeatAsync(Action, None);

        Assert.Equal((LifecycleCompletion.Completed, LifecycleCompletion.AlreadyFinished), (first, second));
        Assert.All(server.Requests, r => Assert.Equal("RecordLifecycleActionHeartbeat", r.Form["Action"]));
        Assert.DoesNotContain("LifecycleActionResult", server.Requests.First().Form.Keys);
    }

    [Fact]
    public async Task Other_lifecycle_errors_are_thrown_with_code_and_request_id()
    {
        using var server = new LoopbackAws().Answer(403, $"""<ErrorResponse xmlns="{Namespace}"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>not allowed</Message></Error><RequestId>rid-42</RequestId></ErrorResponse>""");
        using var caller = server.Caller();

        var error = await Assert.ThrowsAsync<EcsScaling.Core.Gateways.AwsCallException>(() =>
            new AutoScalingGateway(caller).CompleteLifecycleActionAsync(Action, LifecycleResult.Continue, None));

        Assert.Equal(("Auto Scaling", "CompleteLifecycleAction", "AccessDenied", "not allowed", 403), (error.Service, error.Operation, error.ErrorCode, error.AwsMessage, error.StatusCode));
        Assert.Equal("rid-42", error.RequestId);
    }
}
