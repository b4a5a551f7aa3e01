using EcsScaling.Core.Model;

namespace EcsScaling.Core.Rebalance;

/// <summary>Which spread fields a service's strategy applies, in order; the planner only moves services it can predict.</summary>
public enum SpreadOrder
{
    ZoneOnly,
    InstanceOnly,
    ZoneThenInstance,
    InstanceThenZone,
}

/// <summary>A service's placement as the planner models it, or why it cannot be modelled.</summary>
public sealed record SpreadRule(SpreadOrder Order, bool DistinctInstance)
{
    private const string ZoneField = "attribute:" + ContainerInstance.AvailabilityZoneAttribute;

    /// <summary>No strategy means spread across zones: the ECS default for service tasks.</summary>
    public static (SpreadRule? Rule, string? Unsupported) Of(EcsService service)
    {
        var memberOf = service.PlacementConstraints.FirstOrDefault(c => string.Equals(c.Type, "memberOf", StringComparison.OrdinalIgnoreCase));
        if (memberOf is not null)
        {
            return (null, $"memberOf constraint '{memberOf.Expression}' cannot be evaluated here, so the replacement's instance cannot be predicted");
        }

        var distinct = service.PlacementConstraints.Any(c => string.Equals(c.Type, "distinctInstance", StringComparison.OrdinalIgnoreCase));
        var fields = new List<string>();
        foreach (var strategy in service.PlacementStrategies)
        {
            var field = Field(strategy);
            if (field is null || fields.Contains(field))
            {
                return (null, $"placement strategy {Describe(service.PlacementStrategies)} is not a spread over zones and/or instances; " +
                    "binpack and random services are left where the scheduler put them");
            }

            fields.Add(field);
        }

        var order = fields switch
        {
            [] or ["zone"] => SpreadOrder.ZoneOnly,
            ["instance"] => SpreadOrder.InstanceOnly,
            ["zone", "instance"] => SpreadOrder.ZoneThenInstance,
            _ => SpreadOrder.InstanceThenZone,
        };
        return (new SpreadRule(order, distinct), null);
    }

    public bool ZoneFirst => Order is SpreadOrder.ZoneOnly or SpreadOrder.ZoneThenInstance;

    public bool CountsPerInstance => Order != SpreadOrder.ZoneOnly || DistinctInstance;

    public string Describe() => Order switch
    {
        SpreadOrder.ZoneOnly => "spread(availability-zone)",
        SpreadOrder.InstanceOnly => "spread(instanceId)",
        SpreadOrder.ZoneThenInstance => "spread(availability-zone), spread(instanceId)",
        _ => "spread(instanceId), spread(availability-zone)",
    } + (DistinctInstance ? " + distinctInstance" : "");

    private static string? Field(PlacementStrategy strategy) =>
        !string.Equals(strategy.Type, "spread", StringComparison.OrdinalIgnoreCase) ? null
        : strategy.Field is "instanceId" or "host" ? "instance"
        : string.Equals(strategy.Field, ZoneField, StringComparison.Ordinal) ? "zone"
        : null;

    private static string Describe(IReadOnlyList<PlacementStrategy> strategies) =>
        string.Join(", ", strategies.Select(s => s.Field is null ? s.Type : $"{s.Type}({s.Field})"));
}
