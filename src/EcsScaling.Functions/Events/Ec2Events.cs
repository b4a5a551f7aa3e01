using EcsScaling.Core.Events;

namespace EcsScaling.Functions.Events;

/// <summary>aws.ec2 Spot signals (kebab-case detail).</summary>
public static class Ec2Events
{
    public static SpotInterruptionWarning SpotInterruption(JsonNode detail, EventOrigin origin) =>
        new(origin, detail.RequiredString("instance-id"), detail.OptionalString("instance-action"));

    public static RebalanceRecommendation RebalanceRecommendation(JsonNode detail, EventOrigin origin) =>
        new(origin, detail.RequiredString("instance-id"));
}
