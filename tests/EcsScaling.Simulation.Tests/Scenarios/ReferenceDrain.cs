using System.Text.Json;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Scenarios;

/// <summary>
/// A deliberately plain drain, only here to prove the harness can pass: DRAINING on the
/// lifecycle action or Spot warning, and a sweeper that completes the action once every task on
/// the instance is STOPPED (and catches instances whose event was lost). Not the product's drain.
/// </summary>
internal static class ReferenceDrain
{
    public static void Register(ScenarioContext context, ScenarioFunctions functions)
    {
        var gateways = context.Gateways;
        functions.OnEvent("drain-on-event", [SimEvent.TerminateLifecycleAction, SimEvent.SpotInterruptionWarning], async (json, cancellationToken) =>
        {
            var detail = JsonDocument.Parse(json).RootElement.GetProperty("detail");
            var instanceId = detail.TryGetProperty("EC2InstanceId", out var id) ? id.GetString()! : detail.GetProperty("instance-id").GetString()!;
            await DrainAsync(gateways, instanceId, cancellationToken);
        });
        functions.Every("sweeper", TimeSpan.FromSeconds(15), cancellationToken => SweepAsync(gateways, cancellationToken));
    }

    private static async Task DrainAsync(GatewaySet gateways, string instanceId, CancellationToken cancellationToken)
    {
        if (await gateways.Ecs.FindContainerInstanceAsync(StandardCluster.Cluster, instanceId, cancellationToken) is { Status: ContainerInstanceStatus.Active } instance)
        {
            await gateways.Ecs.UpdateContainerInstancesStateAsync(StandardCluster.Cluster, [instance.Arn], ContainerInstanceStatus.Draining, cancellationToken);
        }
    }

    private static async Task SweepAsync(GatewaySet gateways, CancellationToken cancellationToken)
    {
        var group = (await gateways.AutoScaling.DescribeGroupsAsync([StandardCluster.Group], cancellationToken)).Single();
        foreach (var waiting in group.Instances.Where(i => i.LifecycleState == LifecycleStates.TerminatingWait))
        {
            await DrainAsync(gateways, waiting.InstanceId, cancellationToken);
            var instance = await gateways.Ecs.FindContainerInstanceAsync(StandardCluster.Cluster, waiting.InstanceId, cancellationToken);
            if (instance is null || await IsDrainedAsync(gateways, instance.Arn, cancellationToken))
            {
                await gateways.AutoScaling.CompleteLifecycleActionAsync(new LifecycleActionRef(group.Name, StandardCluster.DrainHook, waiting.InstanceId, null), LifecycleResult.Continue, cancellationToken);
            }
        }
    }

    private static async Task<bool> IsDrainedAsync(GatewaySet gateways, string instanceArn, CancellationToken cancellationToken)
    {
        var running = await gateways.Ecs.ListTaskArnsAsync(StandardCluster.Cluster, new TaskQuery(ContainerInstanceArn: instanceArn), cancellationToken);
        var stopping = await gateways.Ecs.ListTaskArnsAsync(StandardCluster.Cluster, new TaskQuery(ContainerInstanceArn: instanceArn, DesiredStatus: TaskDesiredStatus.Stopped), cancellationToken);
        var tasks = await gateways.Ecs.DescribeTasksAsync(StandardCluster.Cluster, [.. running, .. stopping], cancellationToken);
        return tasks.All(t => t.IsStopped);
    }
}
