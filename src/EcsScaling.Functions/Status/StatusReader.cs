using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Profiles;

namespace EcsScaling.Functions.Status;

/// <summary>
/// The status command's answer: each cluster measured, with its drains in progress, the active
/// policy profile, the lifecycle hooks this deployment completes and the capacity providers that drive its groups. The profile and the hooks are
/// left out where their settings are missing or invalid: status must answer anyway.
/// </summary>
public sealed class StatusReader(
    Func<GatewaySet> gateways,
    TimeProvider time,
    Func<DrainCoordinator> drain,
    Func<PolicyCoordinator> policies,
    IReadOnlyList<string> managedClusters)
{
    public async Task<StatusReport> ReadAsync(StatusCommand command, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> clusters = command.Cluster is { } one ? [one] : managedClusters;
        if (clusters.Count == 0)
        {
            throw new ArgumentException("status needs a cluster: pass \"cluster\" or set " + ManagedClusters.Variable);
        }

        var reader = new ClusterReader(gateways().Ecs, time);
        var budgets = BudgetsOrNull();
        var statuses = new List<ClusterStatus>(clusters.Count);
        foreach (var cluster in clusters)
        {
            var snapshot = await reader.ReadAsync(cluster, includeTasks: true, cancellationToken);
            var draining = snapshot.Instances
                .Where(i => i.Status == ContainerInstanceStatus.Draining)
                .Select(i => new DrainProgress(
                    i.Ec2InstanceId,
                    i.Arn,
                    snapshot.Tasks.Count(t => t.ContainerInstanceArn == i.Arn && !t.IsStopped),
                    DrainAttributes.StartedAt(i),
                    i.Attributes.GetValueOrDefault(DrainAttributes.DrainReason)))
                .ToList();
            draining = await WithAbandonmentsAsync(draining, snapshot.Instances, cancellationToken);
            statuses.Add(new ClusterStatus(ClusterMeasurer.Measure(snapshot), draining, budgets?.For(cluster) is { IsEmpty: false } own ? BudgetStatus.Of(own, snapshot.Instances, time.GetUtcNow()) : null));
        }

        return new StatusReport(statuses, await ActiveProfileOrNullAsync(cancellationToken), HookScopeOrNull())
        {
            CapacityProviders = await CapacityProvidersOrNullAsync(clusters, cancellationToken),
        };
    }

    /// <summary>
    /// The capacity providers that drive a group the drain settings name, with the job each would fight us over; null
    /// without groups (no call then) or with invalid drain settings.
    /// </summary>
    private async Task<IReadOnlyList<GroupCapacityProvider>?> CapacityProvidersOrNullAsync(IReadOnlyList<string> clusters, CancellationToken cancellationToken)
    {
        DrainOptions options;
        try
        {
            options = drain().Options;
        }
        catch (ConfigurationException)
        {
            return null;
        }

        var groups = options.AutoScalingGroups.Union(options.ProtectedGroups, StringComparer.Ordinal).ToArray();
        if (groups.Length == 0)
        {
            return null;
        }

        var providers = await CapacityProviderReader.ReadAsync(gateways().Ecs, clusters, cancellationToken);
        return
        [
            .. from g in groups
               from p in providers
               where p.Drives(g)
               select new GroupCapacityProvider(g, p, options.ProtectsGroup(g) && p.ManagedTerminationProtection
                   ? GroupOwnership.Refusal(GroupOwnership.Protection, g, p, DrainVariables.ProtectedGroups)
                   : null),
        ];
    }

    /// <summary>
    /// Drains abandoned at their bound, with the instance's Auto Scaling state (one DescribeAutoScalingInstances per 50,
    /// none when nothing was abandoned): a retained instance waits for a person. Status answers without the state if the read fails.
    /// </summary>
    private async Task<List<DrainProgress>> WithAbandonmentsAsync(List<DrainProgress> draining, IReadOnlyList<ContainerInstance> instances, CancellationToken cancellationToken)
    {
        var abandoned = instances.Where(i => i.Status == ContainerInstanceStatus.Draining && DrainAttributes.AbandonedAt(i) is not null)
            .ToDictionary(i => i.Ec2InstanceId, StringComparer.Ordinal);
        if (abandoned.Count == 0)
        {
            return draining;
        }

        IReadOnlyDictionary<string, AutoScalingInstance> states = new Dictionary<string, AutoScalingInstance>(StringComparer.Ordinal);
        string? readFailure = null;
        try
        {
            states = (await gateways().AutoScaling.DescribeInstancesAsync([.. abandoned.Keys], cancellationToken)).ToDictionary(i => i.InstanceId, StringComparer.Ordinal);
        }
        catch (AwsCallException failure)
        {
            readFailure = failure.Message;
        }

        return [.. draining.Select(d => abandoned.TryGetValue(d.Ec2InstanceId, out var instance)
            ? d with
            {
                Abandoned = AbandonedDrain.Of(d.Ec2InstanceId, DrainAttributes.AbandonedAt(instance)!.Value, DrainAttributes.ReadHeldBy(instance.Attributes),
                    states.GetValueOrDefault(d.Ec2InstanceId), readFailure),
            }
            : d)];
    }

    /// <summary>The budgets the drain settings carry (the template gives every function the same); null when unset or invalid.</summary>
    private DisruptionBudgets? BudgetsOrNull()
    {
        try
        {
            var budgets = drain().Options.DisruptionBudgets;
            return budgets.IsEmpty ? null : budgets;
        }
        catch (ConfigurationException)
        {
            return null;
        }
    }

    /// <summary>Null when the drain settings themselves are invalid: status must still answer.</summary>
    private LifecycleHookScope? HookScopeOrNull()
    {
        try
        {
            var options = drain().Options;
            return new LifecycleHookScope(options.AutoScalingGroups, options.TerminateHookNames, options.LaunchHookNames);
        }
        catch (ConfigurationException)
        {
            return null;
        }
    }

    /// <summary>The profile is part of status only where policies are configured; status must work without them.</summary>
    private async Task<ActiveProfile?> ActiveProfileOrNullAsync(CancellationToken cancellationToken)
    {
        PolicyCoordinator coordinator;
        try
        {
            coordinator = policies();
        }
        catch (Exception e) when (e is IOException or PolicyValidationException or ConfigurationException)
        {
            return null;
        }

        return await coordinator.ActiveProfileAsync(cancellationToken);
    }
}
