using EcsScaling.Core.Events;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Events;

public class Ec2EventsTests
{
    [Fact]
    public void Spot_interruption_warnings_carry_instance_and_action()
    {
        var warning = Parse.Sample<SpotInterruptionWarning>("spot-interruption-warning.json");

        Assert.Equal(("i-0b2c3d4e5f6a70819", "terminate"), (warning.InstanceId, warning.InstanceAction));
        Assert.Equal("aws.ec2", warning.Origin.Source);
    }

    [Fact]
    public void Rebalance_recommendations_carry_the_instance()
    {
        Assert.Equal("i-0b2c3d4e5f6a70819", Parse.Sample<RebalanceRecommendation>("rebalance-recommendation.json").InstanceId);
    }

    [Fact]
    public void An_instance_id_wrapped_in_a_one_element_array_is_accepted()
    {
        var json = Parse.EventBridge("aws.ec2", "EC2 Spot Instance Interruption Warning", """{"instance-id":["i-0000abcd"],"instance-action":"stop"}""");

        Assert.Equal("i-0000abcd", Parse.Single<SpotInterruptionWarning>(json).InstanceId);
    }

    [Fact]
    public void Several_instance_ids_are_ambiguous_and_rejected()
    {
        var json = Parse.EventBridge("aws.ec2", "EC2 Instance Rebalance Recommendation", """{"instance-id":["i-1","i-2"]}""");

        Assert.Equal("detail.instance-id: expected one value, got an array of 2", Parse.Error(json));
    }
}
