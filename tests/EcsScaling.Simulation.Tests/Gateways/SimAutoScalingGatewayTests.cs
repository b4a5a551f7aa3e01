using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.AutoScaling;

namespace EcsScaling.Simulation.Tests.Gateways;

public class SimAutoScalingGatewayTests
{
    [Fact]
    public void A_second_completion_reports_AlreadyFinished_instead_of_throwing()
    {
        var sim = TestSim.Create();
        var group = sim.AutoScaling.CreateGroup("asg", sim.Ecs.CreateCluster("prod"), 3, new Resources(2048, 4096), TestSim.ThreeZones);
        sim.AutoScaling.PutLifecycleHook("asg", "drain", LifecycleTransition.Terminating);
        sim.AutoScaling.SetDesiredCapacity("asg", 2);
        var id = group.Instances.Values.Single(i => i.LifecycleState == LifecycleStates.TerminatingWait).InstanceId;
        var action = new LifecycleActionRef("asg", "drain", id, null);
        var gateway = sim.Gateways.AutoScaling;

        Assert.Equal(LifecycleCompletion.Completed, sim.Run(() => gateway.CompleteLifecycleActionAsync(action, LifecycleResult.Continue, CancellationToken.None)));
        Assert.Equal(LifecycleCompletion.AlreadyFinished, sim.Run(() => gateway.CompleteLifecycleActionAsync(action, LifecycleResult.Continue, CancellationToken.None)));
        Assert.Equal(LifecycleCompletion.AlreadyFinished, sim.Run(() => gateway.RecordLifecycleActionHeartbeatAsync(action, CancellationToken.None)));
    }

    [Fact]
    public void Protecting_an_instance_outside_the_group_is_a_validation_error()
    {
        var sim = TestSim.Create();
        sim.AutoScaling.CreateGroup("asg", sim.Ecs.CreateCluster("prod"), 1, new Resources(2048, 4096), TestSim.ThreeZones);

        var error = Assert.Throws<AwsCallException>(() => sim.Run(() => sim.Gateways.AutoScaling.SetInstanceProtectionAsync("asg", ["i-unknown"], true, CancellationToken.None)));

        Assert.Equal(AwsErrorCodes.ValidationError, error.ErrorCode);
    }

    [Fact]
    public void SetDesiredCapacity_launches_and_refuses_a_value_above_MaxSize_as_ValidationError()
    {
        var sim = TestSim.Create();
        var group = sim.AutoScaling.CreateGroup("asg", sim.Ecs.CreateCluster("prod"), 1, new Resources(2048, 4096), TestSim.ThreeZones, new GroupSpec { MaxSize = 3 });

        sim.Run(() => sim.Gateways.AutoScaling.SetDesiredCapacityAsync("asg", 3, CancellationToken.None));
        var error = Assert.Throws<AwsCallException>(() => sim.Run(() => sim.Gateways.AutoScaling.SetDesiredCapacityAsync("asg", 4, CancellationToken.None)));

        Assert.Equal((3, 3), (group.DesiredCapacity, group.Instances.Count));
        Assert.Equal(AwsErrorCodes.ValidationError, error.ErrorCode);
        Assert.Contains("above max value 3", error.Message, StringComparison.Ordinal);
    }
}
