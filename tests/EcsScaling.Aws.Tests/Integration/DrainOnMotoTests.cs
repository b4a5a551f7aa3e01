using EcsScaling.Core.Clusters;
using EcsScaling.Aws.Tests.Moto;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Aws.Tests.Integration;

/// <summary>
/// The drain capability over the real wire clients against moto, for what moto implements: the
/// terminate hook finds the instance by filter, records the drain and sets DRAINING; the
/// completion check lists and describes the instance's tasks through moto and decides. moto has
/// no lifecycle actions (CompleteLifecycleAction answers HTTP 500), so the last step is shown by
/// the decision to complete and the call that moto refuses. Nor can moto hold an instance in
/// Terminating:Wait, which the terminate hook confirms with Auto Scaling before draining: that one
/// answer comes from <see cref="TerminatingInMoto"/>, everything else from moto.
/// </summary>
[Collection(MotoCollection.Name)]
public class DrainOnMotoTests(MotoServer moto)
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task The_drain_lists_the_instance_tasks_through_moto_and_completes_only_once_they_are_STOPPED()
    {
        // A region of its own: this test stops tasks and drains an instance that other tests read.
        using var aws = MotoContext.Fresh(moto);
        var world = MotoWorld.Seed(moto, [aws.Region])[aws.Region];
        var instanceId = world.InstanceIds[0];
        var telemetry = new CapturingTelemetry();
        var gateways = aws.Gateways with { AutoScaling = new TerminatingInMoto(aws.Gateways.AutoScaling, instanceId) };
        var drain = new DrainCoordinator(gateways, Options(), new FakeTimeProvider(Start), telemetry);
        var origin = new EventOrigin(EventTransport.EventBridge, "aws.autoscaling", "moto-1", Start, aws.Region, "123456789012");

        var started = await drain.HandleAsync(new LifecycleActionEvent(origin, LifecycleTransition.Terminating,
            new LifecycleActionRef(MotoWorld.GroupName, MotoWorld.HookName, instanceId, "token"), null, null, null), dryRun: false, CancellationToken.None);

        var instance = await Described(aws, instanceId);
        Assert.Equal(DrainOutcome.Applied, Assert.Single(started.Decisions).Outcome);
        Assert.Equal(ContainerInstanceStatus.Draining, instance.Status);
        Assert.Equal("2026-11-27T03:00:00Z", instance.Attributes[DrainAttributes.DrainStarted]);
        Assert.Equal(MotoWorld.GroupName, instance.Attributes[DrainAttributes.DrainGroup]);

        var waiting = Assert.Single((await drain.HandleAsync(EventFor(origin, instance), dryRun: false, CancellationToken.None)).Decisions);

        Assert.Empty(waiting.Actions);
        Assert.Equal("3 task(s) not STOPPED yet", waiting.Reason);
        Assert.Equal(world.TaskArns.Order(), waiting.RemainingTasks!.Select(t => t[..t.IndexOf(' ', StringComparison.Ordinal)]).Order());

        foreach (var task in world.TaskArns)
        {
            await aws.Gateways.Ecs.StopTaskAsync(MotoWorld.Cluster, task, "stopped by the drain test", CancellationToken.None);
        }

        var refused = await Assert.ThrowsAsync<AwsCallException>(() =>
            drain.HandleAsync(EventFor(origin, instance), dryRun: false, CancellationToken.None));

        Assert.Equal("CompleteLifecycleAction", refused.Operation);
        var decision = Assert.Single(telemetry.Logs, l => (string?)l.Fields.GetValueOrDefault("failedAction") == "CompleteLifecycleAction");
        Assert.Equal(("complete", instanceId, MotoWorld.GroupName, MotoWorld.HookName), ((string?)decision.Fields["step"], (string?)decision.Fields["instanceId"], (string?)decision.Fields["asg"], (string?)decision.Fields["hook"]));
        Assert.Equal("drained: every task STOPPED and no target left", decision.Fields["reason"]);
    }

    private static DrainOptions Options() => DrainOptionsParser.Parse(new Dictionary<string, string?>
    {
        [ManagedClusters.Variable] = MotoWorld.Cluster,
        [DrainVariables.AutoScalingGroups] = MotoWorld.GroupName,
        [DrainVariables.TerminateHooks] = MotoWorld.HookName,
    });

    private static async Task<ContainerInstance> Described(MotoContext aws, string instanceId) =>
        await aws.Gateways.Ecs.FindContainerInstanceAsync(MotoWorld.Cluster, instanceId, CancellationToken.None)
        ?? throw new InvalidOperationException($"{instanceId} is not registered in moto");

    /// <summary>moto's Auto Scaling, except that the instance under test is in Terminating:Wait, as our hook would hold it.</summary>
    private sealed class TerminatingInMoto(IAutoScalingGateway moto, string terminating) : IAutoScalingGateway
    {
        public Task<IReadOnlyList<AutoScalingGroup>> DescribeGroupsAsync(IReadOnlyList<string> groupNames, CancellationToken cancellationToken) =>
            moto.DescribeGroupsAsync(groupNames, cancellationToken);

        public async Task<IReadOnlyList<AutoScalingInstance>> DescribeInstancesAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken) =>
            [.. (await moto.DescribeInstancesAsync(instanceIds, cancellationToken)).Select(i => i.InstanceId == terminating ? i with { LifecycleState = LifecycleStates.TerminatingWait } : i)];

        public Task<IReadOnlyList<LifecycleHook>> DescribeLifecycleHooksAsync(string groupName, CancellationToken cancellationToken) =>
            moto.DescribeLifecycleHooksAsync(groupName, cancellationToken);

        public Task<LifecycleCompletion> CompleteLifecycleActionAsync(LifecycleActionRef action, LifecycleResult result, CancellationToken cancellationToken) =>
            moto.CompleteLifecycleActionAsync(action, result, cancellationToken);

        public Task<LifecycleCompletion> RecordLifecycleActionHeartbeatAsync(LifecycleActionRef action, CancellationToken cancellationToken) =>
            moto.RecordLifecycleActionHeartbeatAsync(action, cancellationToken);

        public Task SetDesiredCapacityAsync(string groupName, int desiredCapacity, CancellationToken cancellationToken) =>
            moto.SetDesiredCapacityAsync(groupName, desiredCapacity, cancellationToken);

        public Task SetInstanceProtectionAsync(string groupName, IReadOnlyList<string> instanceIds, bool protectedFromScaleIn, CancellationToken cancellationToken) =>
            moto.SetInstanceProtectionAsync(groupName, instanceIds, protectedFromScaleIn, cancellationToken);
    }

    /// <summary>The Container Instance State Change ECS would send for the DRAINING instance: it carries the instance's attributes.</summary>
    private static ContainerInstanceStateChanged EventFor(EventOrigin origin, ContainerInstance instance) =>
        new(origin with { Source = "aws.ecs" }, instance.ClusterArn, instance.Arn, instance.Ec2InstanceId, ContainerInstanceStatus.Draining, true, 0)
        {
            Attributes = instance.Attributes,
        };
}
