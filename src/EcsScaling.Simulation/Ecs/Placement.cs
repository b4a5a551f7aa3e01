using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

/// <summary>
/// Task placement as ECS documents it
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement.html): first the
/// binding filters — resources, constraints — then each strategy in order narrows the candidates
/// to its best ones, and a random pick breaks the remaining tie.
/// </summary>
public sealed class Placement(Random random)
{
    /// <summary>
    /// With no strategy, a service spreads across Availability Zones and then instances
    /// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html).
    /// </summary>
    public static IReadOnlyList<PlacementStrategy> ServiceDefault { get; } =
        [new("spread", "attribute:" + ContainerInstance.AvailabilityZoneAttribute), new("spread", "instanceId")];

    public static void Validate(IReadOnlyList<PlacementStrategy> strategies, IReadOnlyList<PlacementConstraint> constraints)
    {
        // Up to five strategies and ten constraints per service (CreateService API reference).
        if (strategies.Count > 5)
        {
            throw new ArgumentException($"at most 5 placement strategies are allowed, got {strategies.Count}");
        }

        foreach (var s in strategies)
        {
            var ok = s.Type switch
            {
                "binpack" => s.Field is "cpu" or "memory",
                "spread" => s.Field is "instanceId" || s.Field?.StartsWith("attribute:", StringComparison.Ordinal) == true,
                "random" => true,
                _ => false,
            };
            if (!ok)
            {
                throw new ArgumentException($"placement strategy {s.Type}({s.Field}) is invalid: use binpack(cpu|memory), spread(instanceId|attribute:NAME) or random");
            }
        }

        foreach (var c in constraints)
        {
            if (c.Type == "memberOf")
            {
                MemberOfExpression.Parse(c.Expression ?? throw new ArgumentException("memberOf constraint needs an expression"));
            }
            else if (c.Type != PlacementConstraint.DistinctInstance)
            {
                throw new ArgumentException($"placement constraint '{c.Type}' is invalid: use distinctInstance or memberOf");
            }
        }
    }

    public SimContainerInstance? Choose(SimService service, IEnumerable<SimContainerInstance> instances)
    {
        var demand = service.Definition.Reserved;
        var memberOf = service.MemberOfConstraints;
        var distinct = service.PlacementConstraints.Any(c => c.IsDistinctInstance);
        var candidates = new List<SimContainerInstance>();
        foreach (var instance in instances)
        {
            if (instance.IsPlaceable && instance.Remaining.Fits(demand) && MatchesAll(memberOf, instance) && (!distinct || !HostsActiveTaskOf(instance, service)))
            {
                candidates.Add(instance);
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var strategies = service.PlacementStrategies.Count > 0 ? service.PlacementStrategies : ServiceDefault;
        foreach (var strategy in strategies)
        {
            if (candidates.Count == 1)
            {
                break;
            }

            candidates = Narrow(strategy, candidates, service);
        }

        return candidates[random.Next(candidates.Count)];
    }

    public static bool HostsActiveTaskOf(SimContainerInstance instance, SimService service) =>
        instance.Tasks.Any(t => t.Service == service && t.IsActive);

    public static bool MatchesAll(IReadOnlyList<MemberOfExpression> constraints, SimContainerInstance instance)
    {
        foreach (var constraint in constraints)
        {
            if (!constraint.Matches(instance))
            {
                return false;
            }
        }

        return true;
    }

    private List<SimContainerInstance> Narrow(PlacementStrategy strategy, List<SimContainerInstance> candidates, SimService service) => strategy.Type switch
    {
        // binpack: the least of the resource left over wins.
        "binpack" => KeepMinimum(candidates, strategy.Field == "memory" ? i => i.Remaining.MemoryMiB : i => i.Remaining.Cpu),
        "spread" => strategy.Field == "instanceId" ? SpreadOverInstances(candidates, service) : SpreadOverAttribute(candidates, service, strategy.Field!["attribute:".Length..]),
        _ => [candidates[random.Next(candidates.Count)]],
    };

    /// <summary>spread(instanceId): the instances holding the fewest of the service's tasks win.</summary>
    private static List<SimContainerInstance> SpreadOverInstances(List<SimContainerInstance> candidates, SimService service) =>
        KeepMinimum(candidates, i =>
        {
            var count = 0;
            foreach (var task in i.Tasks)
            {
                if (task.Service == service && task.IsActive)
                {
                    count++;
                }
            }

            return count;
        });

    /// <summary>spread(attribute:X): the value (e.g. AZ) holding the fewest of the service's tasks wins; instances without the attribute lose.</summary>
    private static List<SimContainerInstance> SpreadOverAttribute(List<SimContainerInstance> candidates, SimService service, string attribute)
    {
        var perValue = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var task in service.Tasks)
        {
            if (task.IsActive && task.Instance.Attributes.TryGetValue(attribute, out var value) && value is not null)
            {
                perValue[value] = perValue.GetValueOrDefault(value) + 1;
            }
        }

        return KeepMinimum(candidates, i => i.Attributes.TryGetValue(attribute, out var v) && v is not null ? perValue.GetValueOrDefault(v) : int.MaxValue);
    }

    private static List<SimContainerInstance> KeepMinimum(List<SimContainerInstance> candidates, Func<SimContainerInstance, int> score)
    {
        var scores = new int[candidates.Count];
        var best = int.MaxValue;
        for (var i = 0; i < candidates.Count; i++)
        {
            scores[i] = score(candidates[i]);
            best = Math.Min(best, scores[i]);
        }

        var kept = new List<SimContainerInstance>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (scores[i] == best)
            {
                kept.Add(candidates[i]);
            }
        }

        return kept;
    }
}
