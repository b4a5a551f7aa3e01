using EcsScaling.Core.Clusters;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;

namespace EcsScaling.Core.ScaleOut;

/// <summary>
/// Reads a cluster's group, plans with <see cref="ScaleOutPlanner"/> and raises the group's desired capacity
/// when tasks wait for instances (SetDesiredCapacity without honouring cooldowns: a waiting task is not a
/// reason to wait out a scale-in's cooldown). Repeating it is harmless: the instances it asked for count as
/// coming on the next look. The group is read only while tasks wait, and once per container otherwise, so a
/// group that is not there fails the first run rather than the first surge.
/// </summary>
public sealed class ScaleOutRunner(IAutoScalingGateway autoScaling, ITelemetry telemetry)
{
    public const string AddedMetric = "ScaleOutInstances";

    private readonly HashSet<string> _found = new(StringComparer.Ordinal);

    /// <exception cref="ScaleOutException">The group is not there.</exception>
    /// <exception cref="AwsCallException">A call failed after the SDK's retries.</exception>
    /// <returns>Null when no task waits.</returns>
    public async Task<ScaleOutPlan?> RunAsync(ClusterSnapshot snapshot, string groupName, bool dryRun, CancellationToken cancellationToken)
    {
        var waiting = ScaleOutPlanner.Fit(snapshot);
        if (waiting.Count == 0 && _found.Contains(groupName))
        {
            return null;
        }

        var group = (await autoScaling.DescribeGroupsAsync([groupName], cancellationToken).ConfigureAwait(false)).FirstOrDefault(g => g.Name == groupName)
            ?? throw new ScaleOutException($"Auto Scaling group {groupName}, which gives cluster {ClusterReference.NameOf(snapshot.Cluster)} its instances, was not found");
        _found.Add(groupName);
        if (waiting.Count == 0)
        {
            return null;
        }

        var plan = ScaleOutPlanner.Plan(waiting, group);
        LogField[] fields =
        [
            new("cluster", plan.Cluster), new("group", plan.Group), new("waitingTasks", plan.WaitingTasks), new("services", string.Join(",", plan.Services)),
            new("instancesNeeded", plan.InstancesNeeded), new("instancesComing", plan.InstancesComing), new("desiredBefore", plan.DesiredBefore), new("desiredAfter", plan.DesiredAfter),
        ];
        if (plan.Added > 0 && dryRun)
        {
            telemetry.Log(LogLevel.Info, "dry run: would scale out for waiting tasks", fields);
        }
        else if (plan.Added > 0)
        {
            await autoScaling.SetDesiredCapacityAsync(groupName, plan.DesiredAfter, cancellationToken).ConfigureAwait(false);
            telemetry.Metric(AddedMetric, plan.Added, "Count", [new("ClusterName", ClusterReference.NameOf(plan.Cluster)), new("AutoScalingGroupName", plan.Group)]);
            telemetry.Log(LogLevel.Info, "scaled out for waiting tasks", fields);
        }

        if (plan.CappedByMaxSize || plan.TooLarge > 0)
        {
            telemetry.Log(LogLevel.Warn, plan.TooLarge > 0 ? "tasks wait that no instance of the group can hold" : "tasks wait and the group is at its MaxSize",
                [.. fields, new("maxSize", plan.MaxSize), new("tooLarge", plan.TooLarge)]);
        }

        return plan;
    }
}
