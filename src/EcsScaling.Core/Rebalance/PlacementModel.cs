using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// The planner's mutable picture of the cluster, indexed so that predicting a placement and
/// applying a move cost O(log n) plus the few instances a scan skips: per zone, placeable
/// instances ordered by CPU reservation; per service, task counts per instance and per zone;
/// and the imbalance score kept as running sums.
/// </summary>
internal sealed class PlacementModel
{
    private readonly ContainerInstance[] _instances;
    private readonly int[] _zoneOf;
    private readonly int[] _reservedCpu;
    private readonly Resources[] _remaining;
    private readonly bool[] _placeable;
    private readonly bool[] _active;
    private readonly SortedSet<(double Fraction, int Index)>[] _byZone;
    private readonly SortedSet<(double Fraction, int Index)> _placeableByLoad = [];
    private readonly Dictionary<int, int>[] _perInstance;
    private readonly int[][] _perZone;
    private ImbalanceScore _score;

    public PlacementModel(IReadOnlyList<ContainerInstance> instances, IReadOnlyList<string> zones, int serviceCount)
    {
        _instances = [.. instances];
        var zoneIndex = zones.Select((z, i) => (z, i)).ToDictionary(p => p.z, p => p.i, StringComparer.Ordinal);
        _zoneOf = [.. instances.Select(i => zoneIndex[ZoneName(i)])];
        _reservedCpu = [.. instances.Select(i => i.Reserved.Cpu)];
        _remaining = [.. instances.Select(i => i.Remaining)];
        _active = [.. instances.Select(i => i.Status == ContainerInstanceStatus.Active)];
        _placeable = [.. instances.Select(i => i.Status == ContainerInstanceStatus.Active && i.AgentConnected)];
        _byZone = [.. zones.Select(_ => new SortedSet<(double, int)>())];
        _perInstance = [.. Enumerable.Range(0, serviceCount).Select(_ => new Dictionary<int, int>())];
        _perZone = [.. Enumerable.Range(0, serviceCount).Select(_ => new int[zones.Count])];
        for (var i = 0; i < _instances.Length; i++)
        {
            if (_active[i])
            {
                _score.Add(Fraction(i));
            }

            if (_placeable[i])
            {
                _byZone[_zoneOf[i]].Add((Fraction(i), i));
                _placeableByLoad.Add((Fraction(i), i));
            }
        }
    }

    public static string ZoneName(ContainerInstance instance) => instance.AvailabilityZone ?? "unknown";

    public double Score => _score.Value;

    public int InstanceCount => _instances.Length;

    public ContainerInstance Instance(int index) => _instances[index];

    public bool IsPlaceable(int index) => _placeable[index];

    public double Fraction(int index) => _instances[index].Registered.Cpu > 0 ? (double)_reservedCpu[index] / _instances[index].Registered.Cpu : 0;

    public double LeastLoadedPlaceableFraction => _placeableByLoad.Count > 0 ? _placeableByLoad.Min.Fraction : double.MaxValue;

    public int TasksOf(int service, int instance) => _perInstance[service].GetValueOrDefault(instance);

    public int TasksInZoneOf(int service, int instance) => _perZone[service][_zoneOf[instance]];

    /// <summary>Counts a task that exists but will not move (daemon, standalone, excluded): it still weighs on spread.</summary>
    public void CountExisting(int service, int instance)
    {
        _perInstance[service][instance] = TasksOf(service, instance) + 1;
        _perZone[service][_zoneOf[instance]]++;
    }

    /// <summary>Indexes instances by load (most loaded first) for the planner's passes.</summary>
    public int[] PlaceableByLoadDescending() => [.. _placeableByLoad.Reverse().Select(p => p.Index)];

    public void Remove(int service, int instance, Resources reserved) => Shift(service, instance, reserved, -1);

    public void Add(int service, int instance, Resources reserved) => Shift(service, instance, reserved, +1);

    /// <summary>Takes an instance out of placement (it is being drained) without changing its load.</summary>
    public void MakeUnplaceable(int instance)
    {
        if (_placeable[instance])
        {
            _byZone[_zoneOf[instance]].Remove((Fraction(instance), instance));
            _placeableByLoad.Remove((Fraction(instance), instance));
            _placeable[instance] = false;
        }
    }

    /// <summary>The score if a task of the given CPU left one instance for another, without applying it.</summary>
    public double ScoreAfterMove(int from, int to, int cpu)
    {
        var score = _score;
        score.Replace(Fraction(from), FractionWith(from, -cpu));
        score.Replace(Fraction(to), FractionWith(to, cpu));
        return score.Value;
    }

    /// <summary>
    /// Where the scheduler is expected to place a new task of the service: each spread field in
    /// order keeps the candidates with the fewest tasks of the service; ties go to the emptiest
    /// instance (least CPU reserved), then the lowest index. Null when nothing fits.
    /// </summary>
    public int? Place(int service, SpreadRule rule, Resources demand) => Place(service, rule, demand, stoppedOn: -1, freed: Resources.Zero);

    /// <summary>
    /// <see cref="Place(int, SpreadRule, Resources)"/> as if one task (of the service, holding
    /// <paramref name="freed"/>) had first been stopped on <paramref name="stoppedOn"/>, without
    /// touching the indexes: that instance is judged on its would-be counts and load.
    /// </summary>
    public int? PlaceAfterStopping(int service, SpreadRule rule, int stoppedOn, Resources freed) => Place(service, rule, freed, stoppedOn, freed);

    private int? Place(int service, SpreadRule rule, Resources demand, int stoppedOn, Resources freed)
    {
        var stoppedZone = stoppedOn >= 0 ? _zoneOf[stoppedOn] : -1;
        int ZoneCount(int z) => _perZone[service][z] - (z == stoppedZone ? 1 : 0);
        var fewestInZone = int.MaxValue;
        for (var z = 0; z < _byZone.Length; z++)
        {
            if (_byZone[z].Count > 0)
            {
                fewestInZone = Math.Min(fewestInZone, ZoneCount(z));
            }
        }

        (int Index, int Count, int ZoneCount, double Fraction)? best = null;
        void Consider((int Index, int Count, double Fraction) candidate, int zoneCount)
        {
            if (best is null || Better(rule, candidate, zoneCount, best.Value))
            {
                best = (candidate.Index, candidate.Count, zoneCount, candidate.Fraction);
            }
        }

        for (var z = 0; z < _byZone.Length; z++)
        {
            if (_byZone[z].Count > 0 && (!rule.ZoneFirst || ZoneCount(z) == fewestInZone) && BestInZone(service, z, rule, demand, stoppedOn) is { } candidate)
            {
                Consider(candidate, ZoneCount(z));
            }
        }

        if (stoppedOn >= 0 && (!rule.ZoneFirst || ZoneCount(stoppedZone) == fewestInZone) && (_remaining[stoppedOn] + freed).Fits(demand))
        {
            var count = TasksOf(service, stoppedOn) - 1;
            if (!rule.DistinctInstance || count == 0)
            {
                Consider((stoppedOn, count, FractionWith(stoppedOn, -freed.Cpu)), ZoneCount(stoppedZone));
            }
        }

        return best?.Index;
    }

    private static bool Better(SpreadRule rule, (int Index, int Count, double Fraction) candidate, int zoneCount, (int Index, int Count, int ZoneCount, double Fraction) best)
    {
        var key = (Count: rule.CountsPerInstance ? candidate.Count : 0, Zone: rule.Order == SpreadOrder.InstanceThenZone ? zoneCount : 0);
        var bestKey = (Count: rule.CountsPerInstance ? best.Count : 0, Zone: rule.Order == SpreadOrder.InstanceThenZone ? best.ZoneCount : 0);
        return key.Count != bestKey.Count ? key.Count < bestKey.Count
            : key.Zone != bestKey.Zone ? key.Zone < bestKey.Zone
            : candidate.Fraction != best.Fraction ? candidate.Fraction < best.Fraction
            : candidate.Index < best.Index;
    }

    private (int Index, int Count, double Fraction)? BestInZone(int service, int zone, SpreadRule rule, Resources demand, int skip)
    {
        var counts = _perInstance[service];
        (int Index, int Count, double Fraction)? best = null;
        foreach (var (fraction, index) in _byZone[zone])
        {
            if (index == skip || !_remaining[index].Fits(demand))
            {
                continue;
            }

            var count = counts.GetValueOrDefault(index);
            if (rule.DistinctInstance && count > 0)
            {
                continue;
            }

            // Instances come least loaded first: the first fit wins unless counts matter and a later one has fewer tasks.
            if (!rule.CountsPerInstance || count == 0)
            {
                return (index, count, fraction);
            }

            if (best is null || count < best.Value.Count)
            {
                best = (index, count, fraction);
            }
        }

        return best;
    }

    private double FractionWith(int index, int cpuDelta) =>
        _instances[index].Registered.Cpu > 0 ? (double)(_reservedCpu[index] + cpuDelta) / _instances[index].Registered.Cpu : 0;

    private void Shift(int service, int instance, Resources reserved, int sign)
    {
        var before = Fraction(instance);
        if (_placeable[instance])
        {
            _byZone[_zoneOf[instance]].Remove((before, instance));
            _placeableByLoad.Remove((before, instance));
        }

        _reservedCpu[instance] += sign * reserved.Cpu;
        _remaining[instance] = sign > 0 ? _remaining[instance] - reserved : _remaining[instance] + reserved;
        _perInstance[service][instance] = TasksOf(service, instance) + sign;
        _perZone[service][_zoneOf[instance]] += sign;
        var after = Fraction(instance);
        if (_active[instance])
        {
            _score.Replace(before, after);
        }

        if (_placeable[instance])
        {
            _byZone[_zoneOf[instance]].Add((after, instance));
            _placeableByLoad.Add((after, instance));
        }
    }
}
