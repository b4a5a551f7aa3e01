namespace EcsScaling.Core.Model;

/// <summary>
/// An ECS capacity provider as DescribeCapacityProviders answers it, reduced to what decides who
/// owns an Auto Scaling group: which group it drives (null for Fargate and managed-instances
/// providers) and which of ECS's managed features are ENABLED on it.
/// </summary>
public sealed record CapacityProvider(
    string Name,
    string Status,
    string? AutoScalingGroupName,
    bool ManagedScaling,
    bool ManagedTerminationProtection,
    bool ManagedDraining)
{
    /// <summary>
    /// The group name in an Auto Scaling group ARN (arn:…:autoScalingGroup:uuid:autoScalingGroupName/NAME); CreateCapacityProvider
    /// also takes a plain name, which is answered as given.
    /// </summary>
    public static string GroupNameOf(string arnOrName)
    {
        const string marker = ":autoScalingGroupName/";
        var at = arnOrName.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? arnOrName : arnOrName[(at + marker.Length)..];
    }

    public bool Drives(string groupName) => string.Equals(AutoScalingGroupName, groupName, StringComparison.Ordinal);
}
