namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Movable tasks sorted by (instance, service, ARN) with per-instance ranges, so the planner
/// walks one instance's candidates, one service at a time, without any per-instance collections;
/// and per service, for the spread moves.
/// </summary>
internal sealed class MovableTasks
{
    private readonly int[] _tasks;
    private readonly int[] _start;
    private readonly bool[] _moved;
    private readonly List<int>[] _byService;

    public MovableTasks(PlanningContext context, List<int> movable)
    {
        // Counting sort by instance (linear), then each instance's few tasks by service and ARN.
        _start = new int[context.Model.InstanceCount + 1];
        foreach (var t in movable)
        {
            _start[context.TaskInstance[t] + 1]++;
        }

        for (var i = 0; i < context.Model.InstanceCount; i++)
        {
            _start[i + 1] += _start[i];
        }

        _tasks = new int[movable.Count];
        var next = (int[])_start.Clone();
        foreach (var t in movable)
        {
            _tasks[next[context.TaskInstance[t]]++] = t;
        }

        Comparison<int> byServiceThenArn = (a, b) =>
        {
            var byService = context.TaskService[a].CompareTo(context.TaskService[b]);
            return byService != 0 ? byService : string.CompareOrdinal(context.Tasks[a].Arn, context.Tasks[b].Arn);
        };
        for (var i = 0; i < context.Model.InstanceCount; i++)
        {
            _tasks.AsSpan(_start[i], _start[i + 1] - _start[i]).Sort(byServiceThenArn);
        }

        _moved = new bool[context.Tasks.Length];
        _byService = [.. context.Services.Select(_ => new List<int>())];
        foreach (var t in movable)
        {
            _byService[context.TaskService[t]].Add(t);
        }
    }

    public ReadOnlySpan<int> OnInstance(int instance) => _tasks.AsSpan(_start[instance], _start[instance + 1] - _start[instance]);

    public IReadOnlyList<int> OfService(int service) => _byService[service];

    public bool IsMoved(int task) => _moved[task];

    public void MarkMoved(int task) => _moved[task] = true;
}
