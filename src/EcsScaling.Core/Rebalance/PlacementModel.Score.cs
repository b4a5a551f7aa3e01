using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// The imbalance score: the fraction of scored tasks (replica services not opted out, on ACTIVE
/// instances) that are not where their own strategy wants them. A spread service's misplaced
/// tasks are the fewest that would have to move for max − min ≤ 1 across its zones and/or
/// instances (within each zone when zones come first); a binpack service's are the tasks on
/// instances that consolidation could free (see PlacementModel.Packing.cs). 0 is reachable and
/// 0.32 reads "32 % of tasks misplaced".
/// </summary>
internal sealed partial class PlacementModel
{
    // Services whose misplaced count a change made stale: a flag per service and a list, as every task counted at start-up marks one.
    private readonly List<int> _stale = [];
    private bool[] _isStale = [];
    private SpreadRule?[] _rules = [];
    private ServiceRole[] _roles = [];
    private int[][] _perZoneActive = [];
    private int[] _activeInZone = [];
    private int[] _misplaced = [];
    private int _activeCount;
    private int _activeZones;
    private int _misplacedTotal;
    private int _scored;

    public double Score
    {
        get
        {
            Refresh();
            return _scored == 0 ? 0 : (double)(_misplacedTotal + _freeable) / _scored;
        }
    }

    /// <summary>Misplaced tasks of a spread service (0 for any other).</summary>
    public int MisplacedOf(int service)
    {
        Refresh();
        return _misplaced[service];
    }

    public ServiceRole Role(int service) => _roles[service];

    private void InitScore(int zones, SpreadRule?[] rules, ServiceRole[] roles)
    {
        _rules = rules;
        _roles = roles;
        _misplaced = new int[rules.Length];
        _isStale = new bool[rules.Length];
        _perZoneActive = [.. rules.Select(_ => new int[zones])];
        _activeInZone = new int[zones];
        _pins = new int[_instances.Length];
        _packed = new List<(int, Resources)>?[_instances.Length];
        _indexRemaining = roles.Contains(ServiceRole.Packed);
        _indexMemory = _indexRemaining && rules.Any(r => r is { Packs: true, Pack: "memory" });
        _indexCpu = _indexRemaining && rules.Any(r => r is { Packs: true } && r.Pack != "memory");
        _byRemaining = _indexRemaining ? [.. Enumerable.Range(0, zones * 2).Select(_ => new FitIndex())] : [];
        _fitsAsked = [.. Enumerable.Range(0, zones * 2).Select(_ => new List<(Resources, int, int)>())];
        _freeableDirty = _indexRemaining;
        for (var i = 0; i < _instances.Length; i++)
        {
            if (_active[i])
            {
                _activeCount++;
                _activeInZone[_zoneOf[i]]++;
            }
        }

        _activeZones = _activeInZone.Count(n => n > 0);
    }

    private void CountForScore(int service, int instance, Resources reserved, int sign)
    {
        var role = service >= 0 ? _roles[service] : ServiceRole.OptedOut;
        if (service >= 0 && _active[instance])
        {
            _perZoneActive[service][_zoneOf[instance]] += sign;
            _scored += role is ServiceRole.Unpredictable or ServiceRole.Spread or ServiceRole.Packed ? sign : 0;
        }

        if (role == ServiceRole.Spread)
        {
            if (!_isStale[service])
            {
                _isStale[service] = true;
                _stale.Add(service);
            }
        }

        CountForPacking(service, role, instance, reserved, sign);
    }

    private void Refresh()
    {
        foreach (var service in _stale)
        {
            _isStale[service] = false;
            var misplaced = Misplaced(service);
            _misplacedTotal += misplaced - _misplaced[service];
            _misplaced[service] = misplaced;
        }

        _stale.Clear();
        if (_freeableDirty)
        {
            _freeable = FreeableTasks();
            _freeableDirty = false;
        }
    }

    private int Misplaced(int service)
    {
        var rule = _rules[service]!;
        var perZone = _perZoneActive[service];
        var total = perZone.Sum();
        var zones = new Balance(total, _activeZones);
        foreach (var n in perZone)
        {
            zones.Add(n);
        }

        var instances = rule.CountsPerInstance ? (rule.ZoneFirst ? ExcessWithinZones(service, perZone) : ExcessAcrossInstances(service, total)) : 0;
        return Math.Max(rule.CountsPerZone ? zones.Excess : 0, instances);
    }

    private int ExcessAcrossInstances(int service, int total)
    {
        var balance = new Balance(total, _activeCount);
        foreach (var (instance, n) in _perInstance[service])
        {
            if (_active[instance])
            {
                balance.Add(n);
            }
        }

        return balance.Excess;
    }

    private int ExcessWithinZones(int service, int[] perZone)
    {
        Span<Balance> zones = perZone.Length <= 16 ? stackalloc Balance[perZone.Length] : new Balance[perZone.Length];
        for (var z = 0; z < perZone.Length; z++)
        {
            zones[z] = new Balance(perZone[z], _activeInZone[z]);
        }

        foreach (var (instance, n) in _perInstance[service])
        {
            if (_active[instance])
            {
                zones[_zoneOf[instance]].Add(n);
            }
        }

        var excess = 0;
        foreach (var zone in zones)
        {
            excess += zone.Excess;
        }

        return excess;
    }

    /// <summary>
    /// The fewest tasks to move so that <c>total</c> tasks over <c>bins</c> bins differ by at
    /// most one: everything above ⌊total/bins⌋, less one for each of the (total mod bins) bins
    /// allowed one more that already hold more.
    /// </summary>
    private struct Balance(int total, int bins)
    {
        private readonly int _floor = bins > 0 ? total / bins : 0;
        private readonly int _allowedOneMore = bins > 0 ? total % bins : 0;
        private int _above;
        private int _over;

        public readonly int Excess => _over - Math.Min(_allowedOneMore, _above);

        public void Add(int count)
        {
            if (count > _floor)
            {
                _over += count - _floor;
                _above++;
            }
        }
    }
}
