using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Model;

public class CapacityProviderTests
{
    [Theory]
    [InlineData("arn:aws:autoscaling:eu-west-1:123456789012:autoScalingGroup:8f1c-4a2b:autoScalingGroupName/prod-asg", "prod-asg")]
    [InlineData("arn:aws-cn:autoscaling:cn-north-1:123456789012:autoScalingGroup:uuid:autoScalingGroupName/a/b", "a/b")]
    [InlineData("prod-asg", "prod-asg")]
    public void The_group_name_is_read_from_its_arn_or_taken_as_given(string arnOrName, string expected) =>
        Assert.Equal(expected, CapacityProvider.GroupNameOf(arnOrName));

    [Fact]
    public void A_provider_drives_only_its_own_group()
    {
        var provider = new CapacityProvider("cp", "ACTIVE", "prod-asg", true, true, true);

        Assert.True(provider.Drives("prod-asg"));
        Assert.False(provider.Drives("PROD-ASG"));
    }
}
