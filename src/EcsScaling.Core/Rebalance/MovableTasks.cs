using System.Runtime.InteropServices;

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
        _byService = [.. context.Services.Select(_ => new List<int>())];
        foreach (var t in movable)
        {
            _byService[context.TaskService[t]].Add(t);
        }

        // Counting sort by instance (linear) of the tasks taken service by service: stable, so each
        // instance's tasks come out by service, and only a service's few tasks on one instance are
        // left to order by ARN. A comparison sort here read two tasks' ARNs per comparison, which at
        // 100,000 tasks scattered over the heap was a fifth of a capped plan.
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
        foreach (var tasks in _byService)
        {
            foreach (var t in tasks)
            {
                _tasks[next[context.TaskInstance[t]]++] = t;
            }
        }

        for (var i = 0; i < context.Model.InstanceCount; i++)
        {
            OrderByArnWithinService(context, _tasks.AsSpan(_start[i], _start[i + 1] - _start[i]));
        }

        _moved = new bool[context.Tasks.Length];
    }

    public ReadOnlySpan<int> OnInstance(int instance) => _tasks.AsSpan(_start[instance], _start[instance + 1] - _start[instance]);

    public ReadOnlySpan<int> OfService(int service) => CollectionsMarshal.AsSpan(_byService[service]);

    public bool IsMoved(int task) => _moved[task];

    public void MarkMoved(int task) => _moved[task] = true;

    /// <summary>Insertion sort by ARN of each run of one service's tasks (already grouped by service, in order).</summary>
    private static void OrderByArnWithinService(PlanningContext context, Span<int> tasks)
    {
        for (var i = 1; i < tasks.Length; i++)
        {
            var task = tasks[i];
            var j = i - 1;
            for (; j >= 0 && context.TaskService[tasks[j]] == context.TaskService[task] && context.ArnOrder.Compare(tasks[j], task) > 0; j--)
            {
                tasks[j + 1] = tasks[j];
            }

            tasks[j + 1] = task;
        }
    }
}
