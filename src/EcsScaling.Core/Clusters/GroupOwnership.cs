using EcsScaling.Core.Model;

namespace EcsScaling.Core.Clusters;

/// <summary>
/// One owner per job on an Auto Scaling group that an ECS capacity provider also drives. Managed termination
/// protection sets and clears the instances' scale-in protection by the tasks they run, as our scale-in protection
/// does; managed scaling sets the group's desired capacity through its target-tracking policy, as our scale-out and
/// give-back do. Two owners of one job undo each other every minute, so where ECS owns a job we refuse to do it and
/// say which capacity provider holds it. Managed draining is no conflict: its hook and ours are both completed, each
/// by its owner (we complete only our own hook names).
/// </summary>
public static class GroupOwnership
{
    public const string Protection = "scale-in protection";

    public const string DesiredCapacity = "desired capacity";

    /// <summary>A capacity provider being deleted still acts until it is INACTIVE.</summary>
    public static IReadOnlyList<CapacityProvider> Acting(IEnumerable<CapacityProvider> providers) =>
        [.. providers.Where(p => p.AutoScalingGroupName is not null && !string.Equals(p.Status, "INACTIVE", StringComparison.Ordinal))];

    /// <summary>The capacity provider whose managed termination protection owns the group's scale-in protection; null when none does.</summary>
    public static CapacityProvider? ProtectionOwner(IEnumerable<CapacityProvider> providers, string group) =>
        Acting(providers).FirstOrDefault(p => OwnsProtection(p, group));

    /// <summary>Whether this provider's managed termination protection sets the group's scale-in protection.</summary>
    public static bool OwnsProtection(CapacityProvider provider, string group) => provider.Drives(group) && provider.ManagedTerminationProtection;

    /// <summary>The capacity provider whose managed scaling owns the group's desired capacity; null when none does.</summary>
    public static CapacityProvider? DesiredCapacityOwner(IEnumerable<CapacityProvider> providers, string group) =>
        Acting(providers).FirstOrDefault(p => p.Drives(group) && p.ManagedScaling);

    /// <summary>What an operator reads when we refuse a job ECS owns, with the two ways out.</summary>
    public static string Refusal(string job, string group, CapacityProvider owner, string ourSetting) =>
        $"{job} of group {group} is owned by capacity provider {owner.Name} ({Feature(job)} ENABLED), so we leave it alone: choose one owner, "
        + $"either remove {group} from {ourSetting} or turn {Feature(job)} off on {owner.Name}";

    private static string Feature(string job) => job == Protection ? "managed termination protection" : "managed scaling";
}
