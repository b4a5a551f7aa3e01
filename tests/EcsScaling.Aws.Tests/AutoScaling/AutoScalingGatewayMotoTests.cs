using EcsScaling.Aws.Tests.Moto;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Tests.AutoScaling;

/// <summary>EC2 Auto Scaling round trips against moto (lifecycle actions: see LifecycleActionWireTests).</summary>
[Collection(MotoCollection.Name)]
public class AutoScalingGatewayMotoTests(MotoServer moto)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableFact]
    public async Task Describes_groups_with_instances_and_tags()
    {
        using var aws = MotoContext.Seeded(moto, "read");

        var group = Assert.Single(await aws.Gateways.AutoScaling.DescribeGroupsAsync([MotoWorld.GroupName], None));

        Assert.Equal((MotoWorld.GroupName, 0, 6, 3), (group.Name, group.MinSize, group.MaxSize, group.DesiredCapacity));
        Assert.StartsWith("arn:aws:autoscaling:", group.Arn, StringComparison.Ordinal);
        Assert.Equal(aws.World.InstanceIds, group.Instances.Select(i => i.InstanceId).Order());
        Assert.All(group.Instances, i => Assert.Equal("InService", i.LifecycleState));
        Assert.Equal("sre", group.Tags["team"]);
    }

    [SkippableFact]
    public async Task Describes_one_instance_and_answers_null_for_an_instance_outside_any_group()
    {
        using var aws = MotoContext.Seeded(moto, "read");
        var id = aws.World.InstanceIds[0];

        var instance = await aws.Gateways.AutoScaling.DescribeInstanceAsync(id, None);
        var stranger = await aws.Gateways.AutoScaling.DescribeInstanceAsync("i-0123456789abcdef0", None);

        Assert.Equal((id, MotoWorld.GroupName, $"{aws.Region}a"), (instance?.InstanceId, instance?.GroupName, instance?.AvailabilityZone));
        Assert.Null(stranger);
    }

    [SkippableFact]
    public async Task Describes_lifecycle_hooks()
    {
        using var aws = MotoContext.Seeded(moto, "read");

        var hook = Assert.Single(await aws.Gateways.AutoScaling.DescribeLifecycleHooksAsync(MotoWorld.GroupName, None));

        Assert.Equal(MotoWorld.HookName, hook.HookName);
        Assert.Equal(LifecycleTransition.Terminating, hook.Transition);
        Assert.Equal(TimeSpan.FromSeconds(900), hook.HeartbeatTimeout);
        Assert.Equal(LifecycleResult.Continue, hook.DefaultResult);
    }

    [SkippableFact]
    public async Task Sets_scale_in_protection()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var id = aws.World.InstanceIds[1];

        await aws.Gateways.AutoScaling.SetInstanceProtectionAsync(MotoWorld.GroupName, [id], protectedFromScaleIn: true, None);

        Assert.True((await aws.Gateways.AutoScaling.DescribeInstanceAsync(id, None))?.ProtectedFromScaleIn);
    }

    [SkippableFact]
    public async Task Sets_the_desired_capacity()
    {
        // moto accepts a value above MaxSize, where AWS answers ValidationError; the simulator models that (SimAutoScalingGatewayTests).
        using var aws = MotoContext.Seeded(moto, "mutable");

        await aws.Gateways.AutoScaling.SetDesiredCapacityAsync(MotoWorld.GroupName, 5, None);

        Assert.Equal(5, Assert.Single(await aws.Gateways.AutoScaling.DescribeGroupsAsync([MotoWorld.GroupName], None)).DesiredCapacity);
    }

    [SkippableFact]
    public async Task A_server_error_surfaces_as_AwsCallException_with_its_status()
    {
        // moto crashes (HTTP 500) on an unknown group here; AWS would answer ValidationError.
        using var aws = MotoContext.Seeded(moto, "read");

        var error = await Assert.ThrowsAsync<AwsCallException>(() =>
            aws.Gateways.AutoScaling.SetInstanceProtectionAsync("no-such-group", [aws.World.InstanceIds[0]], true, None));

        Assert.Equal(("Auto Scaling", "SetInstanceProtection", 500), (error.Service, error.Operation, error.StatusCode));
        Assert.True(error.IsTransient);
    }
}
