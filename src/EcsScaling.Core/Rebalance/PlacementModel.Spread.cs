using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>Placement of a spread service's task, as the scheduler is expected to do it.</summary>
internal sealed partial class PlacementModel
{
    /// <summary>
    /// Each spread field in order keeps the candidates with the fewest tasks of the service; ties
    /// go to the emptiest instance (least CPU reserved), then the lowest index. Null when nothing
    /// fits. The scheduler breaks such ties at random, but the counts — all the score looks at —
    /// are the same whichever tied instance it picks.
    /// </summary>
    private int? PlaceSpread(int service, SpreadRule rule, Resources demand, int stoppedOn, Resources freed)
    {
        Reindex();
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
        _registeredCpu[index] > 0 ? (double)(_reservedCpu[index] + cpuDelta) / _registeredCpu[index] : 0;
}
