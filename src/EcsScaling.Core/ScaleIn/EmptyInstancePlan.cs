namespace EcsScaling.Core.ScaleIn;

/// <summary>
/// One look at a cluster's empty instances and the group that gives it instances: which empty instances the
/// group can give back now, and the desired capacity that does it; or, when none can go, what holds them.
/// </summary>
/// <param name="Empty">InService instances of the group that are ACTIVE and run no task but a daemon's.</param>
/// <param name="GivenBack">The empty instances the lower desired capacity lets the group terminate (each unprotected, every busy one protected).</param>
/// <param name="HeldBy">Why none goes although some are empty; null when some go.</param>
public sealed record EmptyInstancePlan(
    string Cluster,
    string Group,
    IReadOnlyList<string> Empty,
    IReadOnlyList<string> GivenBack,
    int DesiredBefore,
    int DesiredAfter,
    int MinSize,
    string? HeldBy);
