using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// A snapshot indexed once for planning: services with their rules, floors and stop budgets, the
/// placement model, every task's exclusion reason, and the movable tasks grouped by instance.
/// </summary>
internal sealed class PlanningContext
{
    private readonly bool[] _freedEarlier;

    public PlanningContext(ClusterSnapshot snapshot, IReadOnlySet<string> protectedTasks, RebalanceOptions options, DateTimeOffset now, IReadOnlySet<string> freedEarlier)
    {
        Snapshot = snapshot;
        Services = [.. snapshot.Services];
        // Keyed by task group ("service:name") so that resolving 100,000 tasks allocates no strings.
        var serviceByGroup = new Dictionary<string, int>(Services.Length, StringComparer.Ordinal);
        for (var s = 0; s < Services.Length; s++)
        {
            serviceByGroup["service:" + Services[s].Name] = s;
        }

        Rules = new SpreadRule?[Services.Length];
        SkipReasons = new string?[Services.Length];
        var unsupported = new string?[Services.Length];
        for (var s = 0; s < Services.Length; s++)
        {
            (Rules[s], unsupported[s]) = SpreadRule.Of(Services[s]);
        }

        var zones = snapshot.Instances.Select(PlacementModel.ZoneName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Model = new PlacementModel(snapshot.Instances, zones, Rules, [.. Services.Select((service, s) => RoleOf(service, Rules[s]))]);
        var instanceIndex = new Dictionary<string, int>(snapshot.Instances.Count, ArnSuffixComparer.Instance);
        _freedEarlier = new bool[snapshot.Instances.Count];
        for (var i = 0; i < snapshot.Instances.Count; i++)
        {
            instanceIndex[snapshot.Instances[i].Arn] = i;
            _freedEarlier[i] = freedEarlier.Contains(snapshot.Instances[i].Arn);
        }

        Tasks = [.. snapshot.Tasks];
        TaskService = new int[Tasks.Length];
        TaskInstance = new int[Tasks.Length];
        ArnOrder = new ArnOrder(Tasks);
        var healthy = new int[Services.Length];
        // Each task is read once, here: 100,000 tasks scattered over the heap cost more to visit twice than to index.
        var taskReasons = new string?[Tasks.Length];
        var young = $"younger than {options.MinTaskAge.TotalMinutes:0} minutes";
        for (var t = 0; t < Tasks.Length; t++)
        {
            var task = Tasks[t];
            ArnOrder.Read(t);
            taskReasons[t] = WhyTaskNotMovable(task, protectedTasks, options, now, young);
            TaskService[t] = serviceByGroup.TryGetValue(task.Group, out var s) ? s : -1;
            TaskInstance[t] = task.ContainerInstanceArn is { } arn && instanceIndex.TryGetValue(arn, out var i) ? i : -1;
            if (TaskInstance[t] >= 0)
            {
                Model.CountExisting(TaskService[t], TaskInstance[t], task.Reserved);
            }

            // Tasks on DRAINING instances may be stopped by ECS at any moment: they don't count towards the floor.
            if (TaskService[t] >= 0 && ClusterSnapshot.IsHealthy(task) && (TaskInstance[t] < 0 || Model.Instance(TaskInstance[t]).Status == ContainerInstanceStatus.Active))
            {
                healthy[TaskService[t]]++;
            }
        }

        Healthy = healthy;
        Budgets = new int[Services.Length];
        for (var s = 0; s < Services.Length; s++)
        {
            Budgets[s] = ServiceFloor.StopBudget(Services[s], healthy[s]);
            SkipReasons[s] = ServiceEligibility.WhyNot(Services[s], Rules[s], unsupported[s]) ?? NotSteady(Services[s], healthy[s]);
        }

        Movable = SelectMovable(taskReasons);
    }

    public ClusterSnapshot Snapshot { get; }

    public EcsService[] Services { get; }

    public SpreadRule?[] Rules { get; }

    /// <summary>Why a whole service is left alone (null: movable, subject to its budget).</summary>
    public string?[] SkipReasons { get; }

    public int[] Healthy { get; }

    public int[] Budgets { get; }

    public PlacementModel Model { get; }

    /// <summary>The imbalance score of a snapshot read with its tasks: planning's own model, scored with nothing protected or freed.</summary>
    public static double ScoreOf(ClusterSnapshot snapshot) =>
        new PlanningContext(snapshot, new HashSet<string>(), new RebalanceOptions(), snapshot.TakenAt, new HashSet<string>()).Model.Score;

    public EcsTask[] Tasks { get; }

    public int[] TaskService { get; }

    public int[] TaskInstance { get; }

    public ArnOrder ArnOrder { get; }

    public Dictionary<string, int> ExcludedTasks { get; } = new(StringComparer.Ordinal);

    /// <summary>Movable task indexes grouped by instance, then service, then ARN.</summary>
    public MovableTasks Movable { get; }

    /// <summary>
    /// Whether an earlier wave of this rebalance emptied the instance: no move may land on it, or
    /// the next wave would undo the freeing that lets scale-in let it go.
    /// </summary>
    public bool FreedEarlier(int instance) => _freedEarlier[instance];

    private static ServiceRole RoleOf(EcsService service, SpreadRule? rule) =>
        service.IsDaemon ? ServiceRole.Daemon
        : ServiceEligibility.IsOptedOut(service) ? ServiceRole.OptedOut
        : rule is null ? ServiceRole.Unpredictable
        : rule.Packs ? ServiceRole.Packed
        : ServiceRole.Spread;

    private static string? NotSteady(EcsService service, int healthy) =>
        healthy < service.DesiredCount || service.PendingCount > 0
            ? $"not steady: {healthy} of {service.DesiredCount} desired tasks RUNNING, {service.PendingCount} pending; wait until it is"
            : null;

    private MovableTasks SelectMovable(string?[] taskReasons)
    {
        var movable = new List<int>(Tasks.Length);
        for (var t = 0; t < Tasks.Length; t++)
        {
            if (WhyNotMovable(t, taskReasons[t]) is { } reason)
            {
                ExcludedTasks[reason] = ExcludedTasks.GetValueOrDefault(reason) + 1;
            }
            else
            {
                movable.Add(t);
            }
        }

        return new MovableTasks(this, movable);
    }

    /// <summary>Why a task may not be moved, the reasons about where it runs and its service first, then <paramref name="taskReason"/> (its own).</summary>
    private string? WhyNotMovable(int t, string? taskReason) =>
        TaskInstance[t] < 0 ? "not on a container instance of the cluster (Fargate or unknown instance)"
            : TaskService[t] < 0 ? (Tasks[t].ServiceName is null ? "standalone task (no service to replace it)" : "service not found")
            : SkipReasons[TaskService[t]] is not null ? "service skipped (see skippedServices)"
            : !Model.IsPlaceable(TaskInstance[t]) ? "instance not ACTIVE or agent disconnected"
            : taskReason;

    private static string? WhyTaskNotMovable(EcsTask task, IReadOnlySet<string> protectedTasks, RebalanceOptions options, DateTimeOffset now, string young) =>
        !ClusterSnapshot.IsHealthy(task) ? "not RUNNING yet"
            : protectedTasks.Contains(task.Arn) ? "task scale-in protection enabled"
            : task.StartedAt is not { } started || now - started < options.MinTaskAge ? young
            : null;
}
