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

    // What the last freeable computation looked at: instances it placed on, and per zone and packed
    // resource the range of "left" values it scanned. A change elsewhere cannot alter its answer.
    private readonly HashSet<int> _receivers = [];
    private int[] _watchLow = [];
    private int[] _watchHigh = [];
    private bool _recording;
    private int[] _pins = [];
    private List<(int Service, Resources Reserved)>?[] _packed = [];
    private SortedSet<(int Remaining, int Index)>[] _byRemaining = [];
    private bool _indexRemaining;
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
    public bool TryFree(int instance, IReadOnlyList<(int Service, Resources Reserved)> tasks, IReadOnlySet<int> keepEmpty, List<(int Service, int From, int To, Resources Reserved)> placed)
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
        var memory = rule.Pack == "memory";
        int ZoneCount(int zone) => rule.ZoneFirst ? _perZone[service][zone] : 0;
        (int ZoneCount, int Left, int Index)? best = null;
        for (var z = 0; z < _byZone.Length; z++)
        {
            var fit = FirstFit(z, memory, demand);
            Watch(z, memory, memory ? demand.MemoryMiB : demand.Cpu, fit?.Left ?? int.MaxValue);
            if (fit is { } found && (best is null || (ZoneCount(z), found.Left, found.Index).CompareTo(best.Value) < 0))
            {
                best = (ZoneCount(z), found.Left, found.Index);
            }
        }

        if (_recording && best is { } chosen)
        {
            _receivers.Add(chosen.Index);
        }

        var ambiguous = best is { } b && avoid >= 0 && avoid != b.Index && _placeable[avoid] && _remaining[avoid].Fits(demand)
            && ZoneCount(_zoneOf[avoid]) == b.ZoneCount && Left(avoid, memory) == b.Left;
        return ambiguous ? null : best?.Index;
    }

    /// <summary>
    /// The instance of the zone with the least of the packed resource left that fits the task. Walks
    /// up from the fullest (skipping those too full) rather than through GetViewBetween, whose view
    /// recounts its whole range on creation once the set has changed.
    /// </summary>
    private (int Left, int Index)? FirstFit(int zone, bool memory, Resources demand)
    {
        var need = memory ? demand.MemoryMiB : demand.Cpu;
        foreach (var (left, index) in _byRemaining[(zone * 2) + (memory ? 1 : 0)])
        {
            if (left >= need && _remaining[index].Fits(demand))
            {
                return (left, index);
            }
        }

        return null;
    }

    private void Watch(int zone, bool memory, int low, int high)
    {
        if (_recording)
        {
            var key = (zone * 2) + (memory ? 1 : 0);
            _watchLow[key] = Math.Min(_watchLow[key], low);
            _watchHigh[key] = Math.Max(_watchHigh[key], high);
        }
    }

    /// <summary>Whether a change of <paramref name="instance"/>'s load (by <paramref name="reserved"/>, already applied) could change what is freeable.</summary>
    private bool Watched(int instance, Resources reserved, int sign)
    {
        if (_receivers.Contains(instance))
        {
            return true;
        }

        var key = _zoneOf[instance] * 2;
        var cpu = _remaining[instance].Cpu;
        var memory = _remaining[instance].MemoryMiB;
        return InRange(key, cpu) || InRange(key, cpu + (sign * reserved.Cpu)) || InRange(key + 1, memory) || InRange(key + 1, memory + (sign * reserved.MemoryMiB));
    }

    private bool InRange(int key, int left) => left >= _watchLow[key] && left <= _watchHigh[key];

    private int Left(int instance, bool memory) => memory ? _remaining[instance].MemoryMiB : _remaining[instance].Cpu;

    private void IndexRemaining(int instance, int sign)
    {
        if (!_indexRemaining)
        {
            return;
        }

        var zone = _zoneOf[instance] * 2;
        if (sign > 0)
        {
            _byRemaining[zone].Add((Left(instance, memory: false), instance));
            _byRemaining[zone + 1].Add((Left(instance, memory: true), instance));
        }
        else
        {
            _byRemaining[zone].Remove((Left(instance, memory: false), instance));
            _byRemaining[zone + 1].Remove((Left(instance, memory: true), instance));
        }
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
        _freeableDirty |= _indexRemaining && (role == ServiceRole.Packed || wasPackOnly != _packOnly.Contains(instance) || Watched(instance, reserved, sign));
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
        Array.Fill(_watchLow, int.MaxValue);
        Array.Fill(_watchHigh, int.MinValue);
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

        _recording = false;
        Undo(placed, 0);
        return tasks;
    }
}
