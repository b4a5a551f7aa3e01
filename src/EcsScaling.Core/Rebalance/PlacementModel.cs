using System.Runtime.InteropServices;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// The planner's mutable picture of the cluster, indexed so that predicting a placement costs
/// O(log n) per instance moved since the last one, plus the few instances a scan skips: per zone, placeable
/// instances ordered by CPU reservation (and, when a service packs, by what is left); per
/// service, task counts per instance and per zone; per instance, what keeps it busy. The
/// imbalance score (see PlacementModel.Score.cs) is kept up to date from these.
/// </summary>
internal sealed partial class PlacementModel
{
    private readonly ContainerInstance[] _instances;
    private readonly int[] _zoneOf;
    // Each instance's zone as its attributes name it (null when they don't), read once: every planned move names two,
    // and a lookup in each instance's own attribute dictionary was a cache miss per name at whole-cluster scale.
    private readonly string?[] _availabilityZones;
    private readonly int[] _reservedCpu;
    private readonly int[] _registeredCpu;
    private readonly Resources[] _remaining;
    private readonly bool[] _placeable;
    private readonly bool[] _active;
    private readonly OrderedBlocks<Load>[] _byZone;
    // The orders (_byZone, and _byRemaining when a service packs) are brought up to date when a placement reads them,
    // not on every change: most trial moves are undone before any placement looks, and then cost the orders nothing.
    // Per instance, what the orders hold for it (fraction NaN: not in them) and whether it is waiting to be re-indexed.
    private readonly double[] _indexedFraction;
    private readonly Resources[] _indexedRemaining;
    private readonly bool[] _isStaleInOrders;
    private readonly List<int> _staleInOrders = [];
    private readonly Dictionary<int, int>[] _perInstance;
    private readonly int[][] _perZone;

    public PlacementModel(IReadOnlyList<ContainerInstance> instances, IReadOnlyList<string> zones, SpreadRule?[] rules, ServiceRole[] roles)
    {
        _instances = [.. instances];
        var zoneIndex = zones.Select((z, i) => (z, i)).ToDictionary(p => p.z, p => p.i, StringComparer.Ordinal);
        _availabilityZones = [.. instances.Select(i => i.AvailabilityZone)];
        _zoneOf = [.. _availabilityZones.Select(zone => zoneIndex[zone ?? UnknownZone])];
        _reservedCpu = [.. instances.Select(i => i.Reserved.Cpu)];
        // Read on every placement and every move: kept beside the reservations rather than behind each instance's record.
        _registeredCpu = [.. instances.Select(i => i.Registered.Cpu)];
        _remaining = [.. instances.Select(i => i.Remaining)];
        _active = [.. instances.Select(i => i.Status == ContainerInstanceStatus.Active)];
        _placeable = [.. instances.Select(i => i.Status == ContainerInstanceStatus.Active && i.AgentConnected)];
        _byZone = [.. zones.Select(_ => new OrderedBlocks<Load>())];
        _perInstance = [.. Enumerable.Range(0, rules.Length).Select(_ => new Dictionary<int, int>())];
        _perZone = [.. Enumerable.Range(0, rules.Length).Select(_ => new int[zones.Count])];
        _indexedFraction = [.. instances.Select(_ => double.NaN)];
        _indexedRemaining = new Resources[_instances.Length];
        _isStaleInOrders = new bool[_instances.Length];
        InitScore(zones.Count, rules, roles);
        for (var i = 0; i < _instances.Length; i++)
        {
            StaleInOrders(i);
        }
    }

    private const string UnknownZone = "unknown";

    public static string ZoneName(ContainerInstance instance) => instance.AvailabilityZone ?? UnknownZone;

    public int InstanceCount => _instances.Length;

    public ContainerInstance Instance(int index) => _instances[index];

    /// <summary>The instance's <see cref="ContainerInstance.AvailabilityZone"/>.</summary>
    public string? AvailabilityZone(int index) => _availabilityZones[index];

    public bool IsPlaceable(int index) => _placeable[index];

    public double Fraction(int index) => FractionWith(index, 0);

    public int TasksOf(int service, int instance) => _perInstance[service].GetValueOrDefault(instance);

    public int TasksInZoneOf(int service, int instance) => _perZone[service][_zoneOf[instance]];

    /// <summary>Counts a task that is already there (its resources are in the instance's reservation); service −1 is a standalone task.</summary>
    public void CountExisting(int service, int instance, Resources reserved) => Count(service, instance, reserved, +1);

    /// <summary>Placeable instances, most loaded first (then highest index); sorted when asked, as only instance drain asks.</summary>
    public int[] PlaceableByLoadDescending() =>
        [.. Enumerable.Range(0, _instances.Length).Where(i => _placeable[i]).OrderByDescending(Fraction).ThenByDescending(i => i)];

    public void Remove(int service, int instance, Resources reserved) => Shift(service, instance, reserved, -1);

    public void Add(int service, int instance, Resources reserved) => Shift(service, instance, reserved, +1);

    public void Move(int service, int from, int to, Resources reserved)
    {
        Shift(service, from, reserved, -1);
        Shift(service, to, reserved, +1);
    }

    /// <summary>Takes an instance out of placement (it is being drained) without changing its load.</summary>
    public void MakeUnplaceable(int instance)
    {
        if (_placeable[instance])
        {
            _placeable[instance] = false;
            StaleInOrders(instance);
            UpdatePackOnly(instance);
            _freeableDirty = true;
        }
    }

    /// <summary>Where the scheduler is expected to place a new task of the service, by its rule; null when nothing fits.</summary>
    public int? Place(int service, SpreadRule rule, Resources demand) =>
        rule.Packs ? PlacePacked(service, rule, demand, avoid: -1) : PlaceSpread(service, rule, demand, stoppedOn: -1, freed: Resources.Zero);

    /// <summary>
    /// <see cref="Place(int, SpreadRule, Resources)"/> for a spread service as if one of its tasks
    /// (holding <paramref name="freed"/>) had first been stopped on <paramref name="stoppedOn"/>,
    /// without touching the indexes: that instance is judged on its would-be counts and load.
    /// </summary>
    public int? PlaceAfterStopping(int service, SpreadRule rule, int stoppedOn, Resources freed) => PlaceSpread(service, rule, freed, stoppedOn, freed);

    private void Shift(int service, int instance, Resources reserved, int sign)
    {
        if (_recording)
        {
            ShiftPacked(service, instance, reserved, sign);
            return;
        }

        _reservedCpu[instance] += sign * reserved.Cpu;
        _remaining[instance] = sign > 0 ? _remaining[instance] - reserved : _remaining[instance] + reserved;
        StaleInOrders(instance);
        Count(service, instance, reserved, sign);
    }

    private void Count(int service, int instance, Resources reserved, int sign)
    {
        if (service >= 0)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_perInstance[service], instance, out _) += sign;
            _perZone[service][_zoneOf[instance]] += sign;
        }

        CountForScore(service, instance, reserved, sign);
    }

    private void StaleInOrders(int instance)
    {
        if (!_isStaleInOrders[instance])
        {
            _isStaleInOrders[instance] = true;
            _staleInOrders.Add(instance);
        }
    }

    /// <summary>Brings the orders up to date with every instance changed since they were last read; called by each placement first.</summary>
    private void Reindex()
    {
        foreach (var instance in _staleInOrders)
        {
            _isStaleInOrders[instance] = false;
            var placeable = _placeable[instance];
            var wasIndexed = !double.IsNaN(_indexedFraction[instance]);
            var fraction = placeable ? Fraction(instance) : double.NaN;
            var remaining = _remaining[instance];
            var zone = _zoneOf[instance];
            // Equals, unlike ==, holds for NaN and NaN: out of the order before and after.
            if (!fraction.Equals(_indexedFraction[instance]))
            {
                if (wasIndexed)
                {
                    _byZone[zone].Remove(new Load(_indexedFraction[instance], instance));
                }

                if (placeable)
                {
                    _byZone[zone].Add(new Load(fraction, instance));
                }
            }

            if (wasIndexed != placeable || (placeable && remaining != _indexedRemaining[instance]))
            {
                if (wasIndexed)
                {
                    IndexRemaining(instance, _indexedRemaining[instance], -1);
                }

                if (placeable)
                {
                    IndexRemaining(instance, remaining, +1);
                }
            }

            _indexedFraction[instance] = fraction;
            _indexedRemaining[instance] = remaining;
        }

        _staleInOrders.Clear();
    }

    /// <summary>An instance in its zone's order: least CPU reserved first, then lowest index.</summary>
    private readonly record struct Load(double Fraction, int Index) : IComparable<Load>
    {
        public int CompareTo(Load other) => Fraction != other.Fraction ? Fraction.CompareTo(other.Fraction) : Index.CompareTo(other.Index);
    }
}
