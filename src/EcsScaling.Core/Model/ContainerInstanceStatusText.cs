namespace EcsScaling.Core.Model;

/// <summary>
/// ContainerInstanceStatus as ECS spells it (DescribeContainerInstances, the container instance
/// state change event), and which statuses each call accepts.
/// </summary>
public static class ContainerInstanceStatusText
{
    public static readonly WireText<ContainerInstanceStatus> Wire = new(
        ("REGISTERING", ContainerInstanceStatus.Registering),
        ("ACTIVE", ContainerInstanceStatus.Active),
        ("DRAINING", ContainerInstanceStatus.Draining),
        ("DEREGISTERING", ContainerInstanceStatus.Deregistering),
        ("INACTIVE", ContainerInstanceStatus.Inactive),
        ("REGISTRATION_FAILED", ContainerInstanceStatus.RegistrationFailed));

    /// <summary>UpdateContainerInstancesState: "the only valid values for this action are ACTIVE and DRAINING" (ECS API reference).</summary>
    public static bool CanBeSet(ContainerInstanceStatus status) => status is ContainerInstanceStatus.Active or ContainerInstanceStatus.Draining;

    /// <summary>ListContainerInstances' status filter: the service model's enum has every status but INACTIVE (the list never shows INACTIVE instances).</summary>
    public static bool CanFilterBy(ContainerInstanceStatus status) => status != ContainerInstanceStatus.Inactive;

    /// <summary>The wire text for UpdateContainerInstancesState; a status AWS would refuse is a caller's mistake.</summary>
    public static string ToSet(ContainerInstanceStatus status) => CanBeSet(status)
        ? Wire.Of(status)
        : throw new ArgumentOutOfRangeException(nameof(status), status, "UpdateContainerInstancesState sets only ACTIVE or DRAINING");

    /// <summary>The wire text for ListContainerInstances' status filter; a status AWS would refuse is a caller's mistake.</summary>
    public static string ToFilter(ContainerInstanceStatus status) => CanFilterBy(status)
        ? Wire.Of(status)
        : throw new ArgumentOutOfRangeException(nameof(status), status, "ListContainerInstances cannot filter by INACTIVE");
}
