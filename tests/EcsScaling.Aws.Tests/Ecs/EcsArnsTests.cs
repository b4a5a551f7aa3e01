using EcsScaling.Aws.Ecs;

namespace EcsScaling.Aws.Tests.Ecs;

public class EcsArnsTests
{
    [Theory]
    [InlineData("main", "arn:aws:ecs:eu-west-1:1:container-instance/main/abc", "arn:aws:ecs:eu-west-1:1:cluster/main")]
    [InlineData("arn:aws:ecs:eu-west-1:1:cluster/main", "arn:aws:ecs:eu-west-1:1:container-instance/main/abc", "arn:aws:ecs:eu-west-1:1:cluster/main")]
    [InlineData("main", "arn:aws-cn:ecs:cn-north-1:1:container-instance/abc", "arn:aws-cn:ecs:cn-north-1:1:cluster/main")]
    [InlineData("main", null, "main")]
    public void Derives_the_cluster_ARN_from_a_container_instance_ARN(string cluster, string? instanceArn, string expected)
    {
        Assert.Equal(expected, EcsArns.ClusterArn(cluster, instanceArn));
    }
}
