using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>Which spread fields a service's strategy applies, in order; the planner only moves services it can predict.</summary>
public enum SpreadOrder
{
    /// <summary>No spread at all: a plain binpack.</summary>
    None,
    ZoneOnly,
    InstanceOnly,
    ZoneThenInstance,
    InstanceThenZone,
}

/// <summary>
/// A service's placement as the planner models it, or why it cannot be modelled: spread fields
/// in order, optionally ending in a binpack on <see cref="Pack"/> ("cpu" or "memory"), which the
/// scheduler applies within the zone the spread chose.
/// </summary>
public sealed record SpreadRule(SpreadOrder Order, bool DistinctInstance, string? Pack = null)
{
    private const string ZoneField = "attribute:" + ContainerInstance.AvailabilityZoneAttribute;

    /// <summary>
    /// No strategy means the ECS default for service tasks: balance across Availability Zones,
    /// then favour the instances with the fewest tasks of the service
    /// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html).
    /// </summary>
    public static (SpreadRule? Rule, string? Unsupported) Of(EcsService service)
    {
        var memberOf = service.PlacementConstraints.FirstOrDefault(c => string.Equals(c.Type, "memberOf", StringComparison.OrdinalIgnoreCase));
        if (memberOf is not null)
        {
            return (null, $"memberOf constraint '{memberOf.Expression}' cannot be evaluated here, so the replacement's instance cannot be predicted");
        }

        var distinct = service.PlacementConstraints.Any(c => c.IsDistinctInstance);
        var fields = new List<string>();
        string? pack = null;
        foreach (var strategy in service.PlacementStrategies)
        {
            var field = Field(strategy);
            var packAfterZonesAtMost = field is "cpu" or "memory" && fields is [] or ["zone"];
            if (pack is not null || field is null || fields.Contains(field) || (field is "cpu" or "memory" && !packAfterZonesAtMost))
            {
                return (null, $"placement strategy {Describe(service.PlacementStrategies)} is not a spread over zones and/or instances, " +
                    "nor a binpack (optionally after a spread over zones); such services are left where the scheduler put them");
            }

            if (field is "cpu" or "memory")
            {
                pack = field;
            }
            else
            {
                fields.Add(field);
            }
        }

        var order = fields switch
        {
            [] when pack is not null => SpreadOrder.None,
            [] or ["zone", "instance"] => SpreadOrder.ZoneThenInstance,
            ["zone"] => SpreadOrder.ZoneOnly,
            ["instance"] => SpreadOrder.InstanceOnly,
            _ => SpreadOrder.InstanceThenZone,
        };
        return (new SpreadRule(order, distinct, pack), null);
    }

    public bool Packs => Pack is not null;

    public bool ZoneFirst => Order is SpreadOrder.ZoneOnly or SpreadOrder.ZoneThenInstance;

    /// <summary>Whether task counts per instance matter (they do not for a binpack, which prefers fuller instances).</summary>
    public bool CountsPerInstance => !Packs && (Order is not SpreadOrder.ZoneOnly and not SpreadOrder.None || DistinctInstance);

    public bool CountsPerZone => Order is not SpreadOrder.InstanceOnly and not SpreadOrder.None;

    public string Describe() => Order switch
    {
        SpreadOrder.None => "",
        SpreadOrder.ZoneOnly => "spread(availability-zone)",
        SpreadOrder.InstanceOnly => "spread(instanceId)",
        SpreadOrder.ZoneThenInstance => "spread(availability-zone), spread(instanceId)",
        _ => "spread(instanceId), spread(availability-zone)",
    } + (Pack is null ? "" : (Order == SpreadOrder.None ? "" : ", ") + $"binpack({Pack})") + (DistinctInstance ? " + distinctInstance" : "");

    private static string? Field(PlacementStrategy strategy) =>
        string.Equals(strategy.Type, "binpack", StringComparison.OrdinalIgnoreCase) ? strategy.Field is "cpu" or "memory" ? strategy.Field : null
        : !string.Equals(strategy.Type, "spread", StringComparison.OrdinalIgnoreCase) ? null
        : strategy.Field is "instanceId" or "host" ? "instance"
        : string.Equals(strategy.Field, ZoneField, StringComparison.Ordinal) ? "zone"
        : null;

    private static string Describe(IReadOnlyList<PlacementStrategy> strategies) =>
        string.Join(", ", strategies.Select(s => s.Field is null ? s.Type : $"{s.Type}({s.Field})"));
}
