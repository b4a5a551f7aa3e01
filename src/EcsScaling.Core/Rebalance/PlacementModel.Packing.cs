using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Binpack services: where the scheduler puts their tasks, and which instances consolidation can
/// free. An instance is a candidate when it is placeable and every non-daemon task on it belongs
/// to a binpack service ("pack-only"); it is freed when each of those tasks, stopped in turn,
/// would be re-placed elsewhere — never back on it, never on an instance already freed.
/// </summary>
internal sealed partial class PlacementModel
{
    private readonly HashSet<int> _packOnly = [];

    // What the last freeable computation looked at: the instances each zone's first fit chose, and per
    // zone and packed resource each fit it asked for with the answer. A change elsewhere alters its
    // answer only if it makes an instance fit one of those tasks with less left than the answer had.
    private readonly HashSet<int> _receivers = [];
    private List<(Resources Demand, int Left, int Index)>[] _fitsAsked = [];
    private bool _recording;
    private int[] _pins = [];
    private List<(int Service, Resources Reserved)>?[] _packed = [];
    private FitIndex[] _byRemaining = [];
    private bool _indexRemaining;
    // Each index is kept only when some rule packs by its resource: every move and every trial
    // freeing updates it, and a cluster packing by memory alone never asks the CPU one.
    private bool _indexCpu;
    private bool _indexMemory;
    private int _freeable;
    private bool _freeableDirty;

    /// <summary>Pack-only instances, emptiest first: the order consolidation tries to free them in.</summary>
    public List<int> PackOnlyByLoad() =>
        [.. _packOnly.OrderBy(i => _packed[i]!.Count).ThenBy(Fraction).ThenBy(i => i)];

    public int PackedCount(int instance) => _packed[instance]?.Count ?? 0;

    /// <summary>
    /// The order an instance's tasks are moved off in: largest first (as first-fit-decreasing
    /// packs), then by service; fixed so that the same cluster always gives the same answer.
    /// </summary>
    public static int PackingOrder((int Service, Resources Reserved) a, (int Service, Resources Reserved) b)
    {
        var byCpu = b.Reserved.Cpu.CompareTo(a.Reserved.Cpu);
        var byMemory = b.Reserved.MemoryMiB.CompareTo(a.Reserved.MemoryMiB);
        return byCpu != 0 ? byCpu : byMemory != 0 ? byMemory : a.Service.CompareTo(b.Service);
    }

    /// <summary>
    /// Moves <paramref name="tasks"/> off <paramref name="instance"/> one at a time where the
    /// scheduler would put them, logging each to <paramref name="placed"/>. False, with nothing
    /// changed, if one would land back on it, on an instance in <paramref name="keepEmpty"/>,
    /// nowhere, or where a random tie-break could put it back.
    /// </summary>
    public bool TryFree(int instance, ReadOnlySpan<(int Service, Resources Reserved)> tasks, IReadOnlySet<int> keepEmpty, List<(int Service, int From, int To, Resources Reserved)> placed)
    {
        var start = placed.Count;
        foreach (var (service, reserved) in tasks)
        {
            Shift(service, instance, reserved, -1);
            if (PlacePacked(service, _rules[service]!, reserved, avoid: instance) is { } to && to != instance && !keepEmpty.Contains(to))
            {
                Shift(service, to, reserved, +1);
                placed.Add((service, instance, to, reserved));
                continue;
            }

            Shift(service, instance, reserved, +1);
            Undo(placed, start);
            return false;
        }

        return true;
    }

    public void Undo(List<(int Service, int From, int To, Resources Reserved)> placed, int start)
    {
        for (var i = placed.Count - 1; i >= start; i--)
        {
            var (service, from, to, reserved) = placed[i];
            Move(service, to, from, reserved);
        }

        placed.RemoveRange(start, placed.Count - start);
    }

    /// <summary>
    /// Within the zones holding the fewest tasks of the service (when it spreads over zones first),
    /// among instances that fit, the one with the least of the packed resource left
    /// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html).
    /// Null when nothing fits, or when <paramref name="avoid"/> ties with the best (ECS would pick at random).
    /// </summary>
    private int? PlacePacked(int service, SpreadRule rule, Resources demand, int avoid)
    {
        Reindex();
        var memory = rule.Pack == "memory";
        int ZoneCount(int zone) => rule.ZoneFirst ? _perZone[service][zone] : 0;
        (int ZoneCount, int Left, int Index)? best = null;
        for (var z = 0; z < _byZone.Length; z++)
        {
            var fit = FirstFit(z, memory, demand);
            Watch(z, memory, demand, fit);
            if (fit is { } found && (best is null || (ZoneCount(z), found.Left, found.Index).CompareTo(best.Value) < 0))
            {
                best = (ZoneCount(z), found.Left, found.Index);
            }
        }

        var ambiguous = best is { } b && avoid >= 0 && avoid != b.Index && _placeable[avoid] && _remaining[avoid].Fits(demand)
            && ZoneCount(_zoneOf[avoid]) == b.ZoneCount && Left(avoid, memory) == b.Left;
        return ambiguous ? null : best?.Index;
    }

    /// <summary>The instance of the zone with the least of the packed resource left that fits the task.</summary>
    private (int Left, int Index)? FirstFit(int zone, bool memory, Resources demand) =>
        _byRemaining[(zone * 2) + (memory ? 1 : 0)].FirstFit(memory ? demand.MemoryMiB : demand.Cpu, memory ? demand.Cpu : demand.MemoryMiB);

    private void Watch(int zone, bool memory, Resources demand, (int Left, int Index)? fit)
    {
        if (_recording)
        {
            // Per task size only the answer with the most left matters: an instance beating any answer for that size beats that one.
            var asked = _fitsAsked[(zone * 2) + (memory ? 1 : 0)];
            var answer = (Left: fit?.Left ?? int.MaxValue, Index: fit?.Index ?? int.MaxValue);
            var same = 0;
            while (same < asked.Count && asked[same].Demand != demand)
            {
                same++;
            }

            same = same < asked.Count ? same : -1;
            if (same < 0)
            {
                asked.Add((demand, answer.Left, answer.Index));
            }
            else if (answer.CompareTo((asked[same].Left, asked[same].Index)) > 0)
            {
                asked[same] = (demand, answer.Left, answer.Index);
            }

            if (fit is { } found)
            {
                _receivers.Add(found.Index);
            }
        }
    }

    /// <summary>Whether a change of <paramref name="instance"/>'s load (already applied) could change what is freeable.</summary>
    private bool Watched(int instance)
    {
        if (_receivers.Contains(instance))
        {
            return true;
        }

        var key = _zoneOf[instance] * 2;
        return BeatsAnAnswer(instance, key, Left(instance, memory: false)) || BeatsAnAnswer(instance, key + 1, Left(instance, memory: true));
    }

    private bool BeatsAnAnswer(int instance, int key, int left)
    {
        foreach (var (demand, answerLeft, answerIndex) in _fitsAsked[key])
        {
            if ((left < answerLeft || (left == answerLeft && instance < answerIndex)) && _remaining[instance].Fits(demand))
            {
                return true;
            }
        }

        return false;
    }

    private int Left(int instance, bool memory) => memory ? _remaining[instance].MemoryMiB : _remaining[instance].Cpu;

    private void IndexRemaining(int instance, Resources remaining, int sign)
    {
        if (!_indexRemaining)
        {
            return;
        }

        var zone = _zoneOf[instance] * 2;
        var (cpu, memory) = remaining;
        if (_indexCpu)
        {
            Index(_byRemaining[zone], cpu, instance, memory, sign);
        }

        if (_indexMemory)
        {
            Index(_byRemaining[zone + 1], memory, instance, cpu, sign);
        }
    }

    private static void Index(FitIndex index, int left, int instance, int other, int sign)
    {
        if (sign > 0)
        {
            index.Add(left, instance, other);
        }
        else
        {
            index.Remove(left, instance);
        }
    }

    /// <summary>
    /// A binpack task's move as the freeable computation tries it (and undoes it): only what binpack
    /// placement and the pack-only set read, not the spread indexes or the score's counts.
    /// </summary>
    private void ShiftPacked(int service, int instance, Resources reserved, int sign)
    {
        _remaining[instance] = sign > 0 ? _remaining[instance] - reserved : _remaining[instance] + reserved;
        StaleInOrders(instance);

        _perZone[service][_zoneOf[instance]] += sign;
        CountForPacking(service, ServiceRole.Packed, instance, reserved, sign);
    }

    private void CountForPacking(int service, ServiceRole role, int instance, Resources reserved, int sign)
    {
        if (role == ServiceRole.Daemon)
        {
            return;
        }

        var wasPackOnly = _packOnly.Contains(instance);
        if (role == ServiceRole.Packed)
        {
            var packed = _packed[instance] ??= [];
            if (sign > 0)
            {
                packed.Add((service, reserved));
            }
            else
            {
                packed.Remove((service, reserved));
            }
        }
        else
        {
            _pins[instance] += sign;
        }

        UpdatePackOnly(instance);
        // Once stale, the freeable count is recomputed whatever else changes: no need to ask (as counting a snapshot's tasks would, per task).
        _freeableDirty = _freeableDirty || (_indexRemaining && (role == ServiceRole.Packed || wasPackOnly != _packOnly.Contains(instance) || Watched(instance)));
    }

    private void UpdatePackOnly(int instance)
    {
        if (_placeable[instance] && _pins[instance] == 0 && PackedCount(instance) > 0)
        {
            _packOnly.Add(instance);
        }
        else
        {
            _packOnly.Remove(instance);
        }
    }

    /// <summary>Tasks on instances that consolidation would free, found by trying it and undoing it.</summary>
    private int FreeableTasks()
    {
        _receivers.Clear();
        foreach (var asked in _fitsAsked)
        {
            asked.Clear();
        }

        if (_packOnly.Count == 0)
        {
            return 0;
        }

        var placed = new List<(int, int, int, Resources)>();
        var freed = new HashSet<int>();
        var tasks = 0;
        _recording = true;
        foreach (var instance in PackOnlyByLoad())
        {
            var packed = _packed[instance]!.ToArray();
            Array.Sort(packed, PackingOrder);
            if (_pins[instance] == 0 && TryFree(instance, packed, freed, placed))
            {
                freed.Add(instance);
                tasks += packed.Length;
            }
        }

        Undo(placed, 0);
        _recording = false;
        return tasks;
    }
}
