namespace EcsScaling.Simulation.Tests;

public class SimIdsTests
{
    [Fact]
    public void Ids_are_AWS_shaped_and_repeat_for_the_same_seed()
    {
        var first = new SimIds(new Random(9), "eu-west-1", "111122223333");
        var second = new SimIds(new Random(9), "eu-west-1", "111122223333");

        var id = first.Ec2InstanceId();

        Assert.Matches("^i-[0-9a-f]{17}$", id);
        Assert.Equal(id, second.Ec2InstanceId());
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", first.Uuid());
        Assert.Equal("arn:aws:ecs:eu-west-1:111122223333:cluster/prod", first.Arn("ecs", "cluster/prod"));
    }
}
