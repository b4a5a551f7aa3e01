using EcsScaling.Core.Clusters;
using EcsScaling.Core.Rebalance;

namespace EcsScaling.Core.Metrics;

/// <summary>
/// The imbalance score the rebalance aims at: the fraction of tasks that are not where their own
/// service's placement strategy wants them. Spread services count the fewest tasks that would
/// have to move for max − min ≤ 1 across their zones and/or instances; binpack services count the
/// tasks on instances that consolidation could free; DAEMON and opted-out services are not
/// counted. 0 means every service is placed as its strategy asks; 0.32 reads "32 % of tasks
/// misplaced". Needs the cluster's tasks.
/// </summary>
public static class ImbalanceScore
{
    public static double Of(ClusterSnapshot snapshot)
    {
        if (!snapshot.TasksLoaded)
        {
            throw new ArgumentException("the imbalance score needs the cluster's tasks: read the snapshot with includeTasks", nameof(snapshot));
        }

        return PlanningContext.ScoreOf(snapshot);
    }
}
