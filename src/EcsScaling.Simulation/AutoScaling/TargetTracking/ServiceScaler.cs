using EcsScaling.Core.Model;
using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.CloudWatch;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Gateways;

namespace EcsScaling.Simulation.AutoScaling.TargetTracking;

/// <summary>
/// Application Auto Scaling on ecs:service:DesiredCount: the registered scalable targets and the
/// target-tracking policies stored for them (as the policies function wrote them), evaluated once a minute;
/// each scaling activity is logged with the group's in the simulator's activity list.
/// </summary>
public sealed class ServiceScaler(EcsModel ecs, SimScalingPolicyGateway store, CloudWatchModel cloudWatch, VirtualClock clock, List<(DateTimeOffset At, string Message)> activities)
{
    private readonly Dictionary<ScalableResource, TargetTracker> _trackers = [];

    public void Evaluate()
    {
        var now = clock.GetUtcNow();
        foreach (var target in store.Targets)
        {
            if (FindService(target.Resource.Id) is not { } service)
            {
                continue;
            }

            store.RecordCapacity(target.Resource, now, service.DesiredCount);
            if (!_trackers.TryGetValue(target.Resource, out var tracker))
            {
                _trackers[target.Resource] = tracker = new TargetTracker(cloudWatch, target.Resource.Id);
            }

            tracker.Sync([.. store.Policies.Where(p => p.Resource == target.Resource).Select(TrackedPolicy.From)]);

            // "Application Auto Scaling turns off scale-in processes while Amazon ECS deployments are in progress"
            // (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/troubleshoot-service-auto-scaling.html).
            var blocked = service.HasOldDeployment ? "deployment in progress" : null;
            var decision = tracker.Decide(new ScalingInput(service.DesiredCount, target.MinCapacity, target.MaxCapacity, service.DesiredCount, blocked), now);
            if (decision is not null)
            {
                activities.Add((now, $"service {service.Name}: target tracking {decision.Reason}"));
                ecs.UpdateService(service, decision.Capacity);
            }
        }
    }

    /// <summary>service/CLUSTER/SERVICE.</summary>
    private SimService? FindService(string resourceId) =>
        resourceId.Split('/') is ["service", var cluster, var name] && ecs.Clusters.GetValueOrDefault(cluster)?.Services.GetValueOrDefault(name) is { } service
            ? service
            : null;
}
