using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.AutoScaling;
using EcsScaling.Aws.Tests.Wire;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>What WireCapture keeps is byte for byte what AwsCaller puts on the wire, for both protocols.</summary>
public class WireCaptureTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task The_captured_body_and_target_are_those_AwsCaller_sends()
    {
        using var server = new LoopbackAws()
            .Answer(200, "{}", "application/x-amz-json-1.1")
            .Answer(200, "<SetInstanceProtectionResponse><SetInstanceProtectionResult/></SetInstanceProtectionResponse>");
        using var caller = server.Caller();
        var sent = new WireCapture(caller);

        await new EcsGateway(sent).ListTaskArnsAsync("main", new Core.Gateways.TaskQuery(ServiceName: "web"), None);
        await new AutoScalingGateway(sent).SetInstanceProtectionAsync("ecs main+x", ["i-1", "i-2"], protectedFromScaleIn: true, None);

        var wire = server.Requests.ToList();
        Assert.Equal(wire.Select(r => r.Body), sent.Requests.Select(r => r.Body));
        Assert.Equal(wire[0].Headers["X-Amz-Target"], sent.Requests[0].Target);
        Assert.Null(sent.Requests[1].Target);
        Assert.Equal([("ecs", "ListTasks", "json"), ("autoscaling", "SetInstanceProtection", "query")], sent.Requests.Select(r => (r.Service, r.Operation, r.Protocol)));
    }
}
