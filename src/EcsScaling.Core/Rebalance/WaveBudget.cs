using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// The caps of one wave (total, per service, per source instance) and each service's stop
/// budget above its floor; applies accepted moves to the model and records the limits that bit.
/// It also keeps the plan's one ordering rule: no move lands on an instance this plan (or an
/// earlier wave) frees, and no instance a move lands on is freed — whichever phase comes first,
/// recording a move that breaks it throws. Every instance a wave stops tasks on is one disrupted
/// instance: a spread source or the drained instance for the rebalance budget, a freed instance for
/// the consolidation budget; each new one passes its reason's <see cref="BudgetCheck"/> first.
/// </summary>
internal sealed class WaveBudget(PlanningContext context, RebalanceOptions options, DateTimeOffset now)
{
    private readonly DisruptionPass _disruption = new(context, options.DisruptionBudgets, now);

    private readonly int[] _perService = new int[context.Services.Length];
    private readonly int[] _perInstance = new int[context.Model.InstanceCount];
    private readonly bool[] _target = new bool[context.Model.InstanceCount];
    private readonly HashSet<int> _keptEmpty = [.. Enumerable.Range(0, context.Model.InstanceCount).Where(context.FreedEarlier)];

    public List<PlannedMove> Moves { get; } = [];

    public HashSet<string> LimitsReached { get; } = new(StringComparer.Ordinal);

    public bool Full
    {
        get
        {
            var full = Moves.Count >= options.MaxTasksPerWave;
            if (full)
            {
                LimitsReached.Add($"wave cap reached: {options.MaxTasksPerWave} stops ({RebalanceVariables.MaxTasksPerWave})");
            }

            return full;
        }
    }

    public bool InstanceHasRoom(int instance)
    {
        if (_perInstance[instance] == 0 && !_disruption.Allows(DisruptionReason.Rebalance, context.Model.Instance(instance).Ec2InstanceId))
        {
            return false;
        }

        if (_perInstance[instance] < options.MaxTasksPerInstancePerWave)
        {
            return true;
        }

        LimitsReached.Add($"instance {context.Model.Instance(instance).Ec2InstanceId}: {options.MaxTasksPerInstancePerWave} stops per wave ({RebalanceVariables.MaxTasksPerInstance})");
        return false;
    }

    public bool ServiceHasRoom(int service)
    {
        var name = context.Services[service].Name;
        if (_perService[service] >= context.Budgets[service])
        {
            if (context.Budgets[service] > 0)
            {
                LimitsReached.Add($"service {name}: stop budget of {context.Budgets[service]} used (floor {ServiceFloor.Of(context.Services[service])})");
            }

            return false;
        }

        if (_perService[service] >= options.MaxTasksPerServicePerWave)
        {
            LimitsReached.Add($"service {name}: {options.MaxTasksPerServicePerWave} stops per wave ({RebalanceVariables.MaxTasksPerService})");
            return false;
        }

        return true;
    }

    /// <summary>Instances no move may land on: those this plan frees and those earlier waves freed.</summary>
    public IReadOnlySet<int> KeptEmpty => _keptEmpty;

    /// <summary>Whether a move of this plan lands on the instance (so the plan may not free it).</summary>
    public bool IsTarget(int instance) => _target[instance];

    /// <summary>Room to stop all <paramref name="tasks"/> of one instance in this wave (a freeing is all or nothing).</summary>
    public bool HasRoomToFree(int instance, IReadOnlyList<int> tasks)
    {
        if (_perInstance[instance] == 0 && !_disruption.Allows(DisruptionReason.Consolidation, context.Model.Instance(instance).Ec2InstanceId))
        {
            return false;
        }

        var perService = tasks.CountBy(t => context.TaskService[t]);
        var room = Moves.Count + tasks.Count <= options.MaxTasksPerWave
            && _perInstance[instance] + tasks.Count <= options.MaxTasksPerInstancePerWave
            && perService.All(p => _perService[p.Key] + p.Value <= Math.Min(context.Budgets[p.Key], options.MaxTasksPerServicePerWave));
        if (!room)
        {
            LimitsReached.Add($"instance {context.Model.Instance(instance).Ec2InstanceId}: freeing it takes {tasks.Count} stops, more than this wave's caps or the services' stop budgets allow");
        }

        return room;
    }

    /// <summary>Whether the rebalance budget leaves room to drain this instance (the wave then stops no task itself).</summary>
    public bool MayDrain(string ec2InstanceId) => _disruption.Allows(DisruptionReason.Rebalance, ec2InstanceId);

    /// <summary>The budget checks this wave passed through, and what they held back.</summary>
    public DisruptionPass Disruption => _disruption;

    /// <summary>Applies a move to the model and records it.</summary>
    public void Apply(RebalancePlanner.Candidate move)
    {
        context.Model.Move(move.Service, move.From, move.To, context.Tasks[move.Task].Reserved);
        Record(move);
    }

    /// <summary>Records a move already applied to the model.</summary>
    public void Record(RebalancePlanner.Candidate move)
    {
        var model = context.Model;
        if (_keptEmpty.Contains(move.To))
        {
            throw new InvalidOperationException($"a {move.Kind} move of task {context.Tasks[move.Task].Arn} would fill instance {model.Instance(move.To).Ec2InstanceId}, which this rebalance frees");
        }

        if (move.Kind == MoveKind.Consolidate)
        {
            if (_target[move.From])
            {
                throw new InvalidOperationException($"freeing instance {model.Instance(move.From).Ec2InstanceId} would undo moves this plan lands on it");
            }

            _keptEmpty.Add(move.From);
        }

        _target[move.To] = true;
        var task = context.Tasks[move.Task];
        context.Movable.MarkMoved(move.Task);
        _perService[move.Service]++;
        if (_perInstance[move.From]++ == 0)
        {
            _disruption.Disrupt();
        }

        var from = model.Instance(move.From);
        var to = model.Instance(move.To);
        Moves.Add(new PlannedMove(Moves.Count + 1, context.Services[move.Service].Name, task.Arn,
            from.Arn, from.Ec2InstanceId, model.AvailabilityZone(move.From), to.Arn, to.Ec2InstanceId, model.AvailabilityZone(move.To),
            task.Reserved.Cpu, task.Reserved.MemoryMiB, move.Why, move.ScoreBefore, move.ScoreAfter, move.Kind));
    }
}
