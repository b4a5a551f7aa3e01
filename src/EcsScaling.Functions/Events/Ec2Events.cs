using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Events;

/// <summary>aws.ec2 Spot signals (kebab-case detail).</summary>
public static class Ec2Events
{
    public static SpotInterruptionWarning SpotInterruption(EventNode detail, EventOrigin origin) =>
        new(origin, InstanceIds.Required(detail, "instance-id"), detail.OptionalString("instance-action"));

    public static RebalanceRecommendation RebalanceRecommendation(EventNode detail, EventOrigin origin) =>
        new(origin, InstanceIds.Required(detail, "instance-id"));
}
