using EcsScaling.Aws.Ecs;
using EcsScaling.Aws.Tests.Wire;

namespace EcsScaling.Aws.Tests.Ecs;

/// <summary>moto has no GetTaskProtection: checked against the documented response body on loopback.</summary>
public class TaskProtectionWireTests
{
    [Fact]
    public async Task GetTaskProtection_round_trips_the_documented_body()
    {
        using var server = new LoopbackAws().Answer(200, """
            {"failures":[],"protectedTasks":[
              {"expirationDate":1.7011E9,"protectionEnabled":true,"taskArn":"arn:aws:ecs:eu-west-1:1:task/main/a"},
              {"protectionEnabled":false,"taskArn":"arn:aws:ecs:eu-west-1:1:task/main/b"}]}
            """, "application/x-amz-json-1.1");
        using var caller = server.Caller();

        var protectedArns = await new EcsGateway(caller).GetProtectedTaskArnsAsync("main", ["arn:aws:ecs:eu-west-1:1:task/main/a", "arn:aws:ecs:eu-west-1:1:task/main/b"], CancellationToken.None);

        Assert.Equal(["arn:aws:ecs:eu-west-1:1:task/main/a"], protectedArns);
        var request = Assert.Single(server.Requests);
        Assert.Equal("AmazonEC2ContainerServiceV20141113.GetTaskProtection", request.Headers["X-Amz-Target"]);
        Assert.Equal("""{"cluster":"main","tasks":["arn:aws:ecs:eu-west-1:1:task/main/a","arn:aws:ecs:eu-west-1:1:task/main/b"]}""", request.Body);
    }
}
