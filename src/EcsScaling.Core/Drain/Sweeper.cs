using EcsScaling.Core.Disruption;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// The scheduled sweep: catches what lost events missed and enforces the clock. One
/// DescribeAutoScalingGroups when nothing waits; otherwise the waiting instances' container
/// instances (looked up one by one, or one listing per cluster when that is cheaper), one hook
/// lookup per group with waiting instances, the draining ones' tasks loaded together, then one
/// decision per instance. A failure on one instance is reported in its decision and does not stop the others.
/// </summary>
public sealed class Sweeper(DrainContext context)
{
    public const string Step = "sweep";

    /// <summary>Up to this many waiting instances are looked up one by one without asking how big the clusters are.</summary>
    private const int FewWaiting = 3;

    public async Task<IReadOnlyList<DrainDecision>> PlanAsync(CancellationToken cancellationToken)
    {
        var options = context.Options;
        var groups = await context.Gateways.AutoScaling.DescribeGroupsAsync(options.AutoScalingGroups, cancellationToken);
        var waiting = groups.SelectMany(g => g.Instances).Where(i => LifecycleStates.IsTerminatingWait(i.LifecycleState)
            || (options.LaunchHookNames.Count > 0 && LifecycleStates.IsPendingWait(i.LifecycleState))).ToArray();
        if (waiting.Length == 0 && !groups.Any(g => options.ProtectsGroup(g.Name)))
        {
            return [];
        }

        var byEc2Id = groups.Any(g => options.ProtectsGroup(g.Name)) || ListingIsCheaper(waiting.Length, groups)
            ? await AllContainerInstancesAsync(cancellationToken)
            : await ContainerInstancesOfAsync(waiting, cancellationToken);
        var decisions = new List<DrainDecision>();
        var draining = new List<DrainingInstance>();
        var hooks = new Dictionary<(string, LifecycleTransition), IReadOnlyList<LifecycleHook>>();
        var disrupted = new Dictionary<string, DisruptedInstances>(StringComparer.Ordinal);
        foreach (var instance in waiting)
        {
            var decision = await Guard(instance.InstanceId, instance.GroupName, async () =>
            {
                var transition = LifecycleStates.IsTerminatingWait(instance.LifecycleState) ? LifecycleTransition.Terminating : LifecycleTransition.Launching;
                if (!hooks.TryGetValue((instance.GroupName, transition), out var ours))
                {
                    hooks[(instance.GroupName, transition)] = ours = await new HookResolver(context).OurHooksAsync(instance.GroupName, transition, cancellationToken);
                }

                var containerInstance = byEc2Id.GetValueOrDefault(instance.InstanceId);
                if (ours.Count > 0 && transition == LifecycleTransition.Terminating && containerInstance is { Status: ContainerInstanceStatus.Draining })
                {
                    draining.Add(new DrainingInstance(instance, containerInstance, ours, groups.First(g => g.Name == instance.GroupName).RetainsAbandonedInstances));
                    return null;
                }

                return ours.Count == 0
                    ? DrainDecision.Ignored(Step, instance.InstanceId, $"{instance.LifecycleState} in {instance.GroupName}, which has none of our {transition} hooks")
                    : transition == LifecycleTransition.Launching
                        ? LaunchHookHandler.Decide(instance.InstanceId, instance.GroupName, [.. ours.Select(h => h.HookName)], containerInstance)
                        : await NotDrainingAsync(instance, containerInstance, ours, disrupted, cancellationToken);
            });
            if (decision is not null)
            {
                decisions.Add(decision);
            }
        }

        decisions.AddRange(await new DrainDeadlines(context).PlanAsync(draining, cancellationToken));
        try
        {
            decisions.AddRange(await new ScaleInProtection(context).PlanAsync(groups, byEc2Id, cancellationToken));
        }
        catch (AwsCallException failure)
        {
            // Protection is an optimisation: its failure must not hold back the drains planned above.
            decisions.Add(new DrainDecision(ScaleInProtection.Step, null, $"planning failed, the next sweep retries: {failure.Message}", [], Outcome: DrainOutcome.Failed));
        }

        return decisions;
    }

    /// <summary>
    /// A terminating instance not DRAINING yet: release it if it never joined (or is gone), else start its drain, which passes
    /// the disruption budgets as the terminate hook's would have (never refused, counted when over). <paramref name="disrupted"/>
    /// holds each cluster's disruptions, read once per sweep, plus the drains this sweep already started there.
    /// </summary>
    private async Task<DrainDecision> NotDrainingAsync(AutoScalingInstance asg, ContainerInstance? instance, IReadOnlyList<LifecycleHook> hooks,
        Dictionary<string, DisruptedInstances> disrupted, CancellationToken cancellationToken)
    {
        if (instance is null || !DrainStarter.CanDrain(instance))
        {
            var why = instance is null ? "not registered in any of our clusters" : $"container instance is {instance.Status}";
            return new DrainDecision(Step, asg.InstanceId, $"{why}: completing with CONTINUE",
                CompletionChecker.CompleteAll(asg.GroupName, asg.InstanceId, [.. hooks.Select(h => h.HookName)], LifecycleResult.Continue), asg.GroupName, instance?.ClusterArn, instance?.Arn);
        }

        var start = DrainStarter.Decide(Step, instance, DrainStarter.SweptReason, context.Now, asg.GroupName);
        start = start with { Reason = $"terminate event was lost: {start.Reason}" };
        var gate = new DisruptionGate(context);
        if (!gate.Checks(instance))
        {
            return start;
        }

        if (!disrupted.TryGetValue(instance.ClusterArn, out var now))
        {
            now = DisruptedInstances.Of(await context.Gateways.Ecs.ListContainerInstancesAsync(instance.ClusterArn, status: null, cancellationToken));
        }

        disrupted[instance.ClusterArn] = now.Plus(DisruptionReason.ScaleIn);
        return gate.Pass(start, instance, DisruptionReason.ScaleIn, now);
    }

    /// <summary>
    /// A filtered lookup costs one call per waiting instance, a cluster listing two per 100 container
    /// instances: with many waiting (a mass scale-in), our groups' sizes (no extra call) tell which is cheaper.
    /// </summary>
    private bool ListingIsCheaper(int waiting, IReadOnlyList<AutoScalingGroup> groups) =>
        waiting > FewWaiting && 2 * (context.Options.Clusters.Count + (groups.Sum(g => g.Instances.Count) / 100)) < waiting;

    /// <summary>Every container instance of our clusters: one listing per cluster.</summary>
    private async Task<IReadOnlyDictionary<string, ContainerInstance>> AllContainerInstancesAsync(CancellationToken cancellationToken)
    {
        var byEc2Id = new Dictionary<string, ContainerInstance>(StringComparer.Ordinal);
        foreach (var cluster in context.Options.Clusters)
        {
            foreach (var instance in await context.Gateways.Ecs.ListContainerInstancesAsync(cluster, status: null, cancellationToken))
            {
                byEc2Id.TryAdd(instance.Ec2InstanceId, instance);
            }
        }

        return byEc2Id;
    }

    /// <summary>Otherwise only the few waiting instances are looked up, however big the clusters are.</summary>
    private async Task<IReadOnlyDictionary<string, ContainerInstance>> ContainerInstancesOfAsync(IEnumerable<AutoScalingInstance> waiting, CancellationToken cancellationToken)
    {
        var byEc2Id = new Dictionary<string, ContainerInstance>(StringComparer.Ordinal);
        var locator = new InstanceLocator(context);
        foreach (var instance in waiting)
        {
            if (await locator.FindAsync(instance.InstanceId, cancellationToken) is { } found)
            {
                byEc2Id[instance.InstanceId] = found;
            }
        }

        return byEc2Id;
    }

    private static async Task<DrainDecision?> Guard(string instanceId, string groupName, Func<Task<DrainDecision?>> plan)
    {
        try
        {
            return await plan();
        }
        catch (AwsCallException failure)
        {
            return Failed(instanceId, groupName, failure);
        }
    }

    public static DrainDecision Failed(string instanceId, string groupName, AwsCallException failure) =>
        new(Step, instanceId, $"planning failed, the next sweep retries: {failure.Message}", [], groupName, Outcome: DrainOutcome.Failed);
}
