using EcsScaling.Aws.Tests.Moto;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Events;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using Microsoft.Extensions.Time.Testing;

namespace EcsScaling.Aws.Tests.Integration;

/// <summary>
/// The drain capability over the real wire clients against moto, for what moto implements: the
/// terminate hook finds the instance by filter, sets DRAINING and records the start. moto has no
/// lifecycle wait states, so the completion check stops where AWS would say no action is pending.
/// </summary>
[Collection(MotoCollection.Name)]
public class DrainOnMotoTests(MotoServer moto)
{
    [SkippableFact]
    public async Task A_terminate_hook_drains_the_instance_and_completion_needs_a_pending_action()
    {
        using var aws = MotoContext.Seeded(moto, "mutable");
        var instanceId = aws.World.InstanceIds[1];
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 3, 0, 0, TimeSpan.Zero));
        var telemetry = new CapturingTelemetry();
        var options = DrainOptionsParser.Parse(new Dictionary<string, string?>
        {
            [DrainVariables.Clusters] = MotoWorld.Cluster,
            [DrainVariables.AutoScalingGroups] = MotoWorld.GroupName,
            [DrainVariables.TerminateHooks] = MotoWorld.HookName,
        });
        var drain = new DrainCoordinator(aws.Gateways, options, time, telemetry);
        var origin = new EventOrigin(EventTransport.EventBridge, "aws.autoscaling", "moto-1", time.GetUtcNow(), aws.Region, "123456789012");

        var started = await drain.HandleAsync(new LifecycleActionEvent(origin, LifecycleTransition.Terminating,
            new LifecycleActionRef(MotoWorld.GroupName, MotoWorld.HookName, instanceId, "token"), null, null, null), dryRun: false, CancellationToken.None);

        var instance = await aws.Gateways.Ecs.FindContainerInstanceAsync(MotoWorld.Cluster, instanceId, CancellationToken.None);
        Assert.Equal(DrainOutcome.Applied, Assert.Single(started.Decisions).Outcome);
        Assert.Equal(ContainerInstanceStatus.Draining, instance!.Status);
        Assert.Equal("2026-11-27T03:00:00Z", instance.Attributes[DrainAttributes.DrainStarted]);

        var check = await drain.HandleAsync(new ContainerInstanceStateChanged(origin, aws.World.ClusterArn, instance.Arn, instanceId, ContainerInstanceStatus.Draining, true, 0), dryRun: false, CancellationToken.None);

        var decision = Assert.Single(check.Decisions);
        Assert.Empty(decision.Actions);
        Assert.Contains("no terminate action of ours", decision.Reason, StringComparison.Ordinal);
    }
}
