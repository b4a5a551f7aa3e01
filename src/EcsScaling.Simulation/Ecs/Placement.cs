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
            else if (c.Type != "distinctInstance")
            {
                throw new ArgumentException($"placement constraint '{c.Type}' is invalid: use distinctInstance or memberOf");
            }
        }
    }

    public SimContainerInstance? Choose(SimService service, IEnumerable<SimContainerInstance> instances)
    {
        var demand = service.Definition.Reserved;
        var memberOf = service.PlacementConstraints.Where(c => c.Type == "memberOf").Select(c => MemberOfExpression.Parse(c.Expression!)).ToList();
        var distinct = service.PlacementConstraints.Any(c => c.Type == "distinctInstance");
        var candidates = instances
            .Where(i => i.IsPlaceable && i.Remaining.Fits(demand) && memberOf.All(m => m.Matches(i)) && (!distinct || !HostsActiveTaskOf(i, service)))
            .ToList();
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

    private List<SimContainerInstance> Narrow(PlacementStrategy strategy, List<SimContainerInstance> candidates, SimService service) => strategy.Type switch
    {
        // binpack: the least of the resource left over wins.
        "binpack" => KeepMinimum(candidates, i => strategy.Field == "memory" ? i.Remaining.MemoryMiB : i.Remaining.Cpu),
        "spread" => Spread(candidates, service, strategy.Field!),
        _ => [candidates[random.Next(candidates.Count)]],
    };

    /// <summary>spread: the value (AZ, instance…) holding the fewest of the service's tasks wins.</summary>
    private static List<SimContainerInstance> Spread(List<SimContainerInstance> candidates, SimService service, string field)
    {
        var perValue = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var task in service.Tasks)
        {
            if (task.IsActive && ValueOf(task.Instance, field) is { } value)
            {
                perValue[value] = perValue.GetValueOrDefault(value) + 1;
            }
        }

        return KeepMinimum(candidates, i => ValueOf(i, field) is { } v ? perValue.GetValueOrDefault(v) : int.MaxValue);
    }

    private static string? ValueOf(SimContainerInstance instance, string field) =>
        field == "instanceId" ? instance.Arn : instance.Attributes.GetValueOrDefault(field["attribute:".Length..]);

    private static List<SimContainerInstance> KeepMinimum(List<SimContainerInstance> candidates, Func<SimContainerInstance, int> score)
    {
        var best = candidates.Min(score);
        return candidates.Where(c => score(c) == best).ToList();
    }
}
