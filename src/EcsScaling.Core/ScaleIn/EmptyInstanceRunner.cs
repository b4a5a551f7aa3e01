using EcsScaling.Core.Clusters;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;

namespace EcsScaling.Core.ScaleIn;

/// <summary>
/// Gives a cluster's empty instances back to its group (<see cref="EmptyInstancePlanner"/>) with
/// SetDesiredCapacity, cooldowns not honoured: an idle instance is not a reason to wait out a scale-out's
/// cooldown. The group is read only when the snapshot shows an empty instance old enough. Repeating it is
/// harmless: the next look sees the group changing, or the instances gone.
/// </summary>
public sealed class EmptyInstanceRunner(IAutoScalingGateway autoScaling, ITelemetry telemetry)
{
    public const string GivenBackMetric = "EmptyInstancesGivenBack";

    /// <param name="age">How long an instance must have been registered before it counts as empty.</param>
    /// <exception cref="AwsCallException">A call failed after the SDK's retries.</exception>
    /// <returns>Null when the cluster has no empty instance, or the group none of them.</returns>
    public async Task<EmptyInstancePlan?> RunAsync(ClusterSnapshot snapshot, string groupName, TimeSpan age, bool dryRun, CancellationToken cancellationToken)
    {
        var empty = EmptyInstances.Of(snapshot, age);
        if (empty.Count == 0)
        {
            return null;
        }

        var group = (await autoScaling.DescribeGroupsAsync([groupName], cancellationToken).ConfigureAwait(false)).FirstOrDefault(g => g.Name == groupName);
        if (group is null || EmptyInstancePlanner.Plan(snapshot, empty, group) is not { } plan)
        {
            return null;
        }

        LogField[] fields =
        [
            new("cluster", plan.Cluster), new("group", plan.Group), new("empty", string.Join(",", plan.Empty)), new("givenBack", string.Join(",", plan.GivenBack)),
            new("desiredBefore", plan.DesiredBefore), new("desiredAfter", plan.DesiredAfter),
        ];
        if (plan.HeldBy is { } held)
        {
            telemetry.Log(LogLevel.Info, "empty instances kept", [.. fields, new("heldBy", held)]);
        }
        else if (dryRun)
        {
            telemetry.Log(LogLevel.Info, "dry run: would give back empty instances", fields);
        }
        else
        {
            await autoScaling.SetDesiredCapacityAsync(groupName, plan.DesiredAfter, cancellationToken).ConfigureAwait(false);
            telemetry.Metric(GivenBackMetric, plan.GivenBack.Count, "Count", [new("ClusterName", ClusterReference.NameOf(plan.Cluster)), new("AutoScalingGroupName", plan.Group)]);
            telemetry.Log(LogLevel.Info, "gave back empty instances", fields);
        }

        return plan;
    }
}
