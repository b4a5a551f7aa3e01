namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Movable tasks sorted by (instance, service, ARN) with per-instance ranges, so the planner
/// walks one instance's candidates, one service at a time, without any per-instance collections.
/// </summary>
internal sealed class MovableTasks
{
    private readonly int[] _tasks;
    private readonly int[] _start;
    private readonly bool[] _moved;

    public MovableTasks(PlanningContext context, List<int> movable)
    {
        movable.Sort((a, b) =>
        {
            var byInstance = context.TaskInstance[a].CompareTo(context.TaskInstance[b]);
            if (byInstance != 0)
            {
                return byInstance;
            }

            var byService = context.TaskService[a].CompareTo(context.TaskService[b]);
            return byService != 0 ? byService : string.CompareOrdinal(context.Tasks[a].Arn, context.Tasks[b].Arn);
        });
        _tasks = [.. movable];
        _moved = new bool[context.Tasks.Length];
        _start = new int[context.Model.InstanceCount + 1];
        foreach (var t in _tasks)
        {
            _start[context.TaskInstance[t] + 1]++;
        }

        for (var i = 0; i < context.Model.InstanceCount; i++)
        {
            _start[i + 1] += _start[i];
        }
    }

    public int Count => _tasks.Length;

    public ReadOnlySpan<int> OnInstance(int instance) => _tasks.AsSpan(_start[instance], _start[instance + 1] - _start[instance]);

    public bool IsMoved(int task) => _moved[task];

    public void MarkMoved(int task) => _moved[task] = true;
}
