namespace EcsScaling.Core.Rebalance;

/// <summary>How a service's tasks weigh on the imbalance score and on freeing instances.</summary>
internal enum ServiceRole
{
    /// <summary>One task per instance by design: neither scored nor keeping an instance busy.</summary>
    Daemon,

    /// <summary>Opted out: not scored, but its tasks keep their instance busy.</summary>
    OptedOut,

    /// <summary>A strategy we cannot predict (random, memberOf): scored as well placed, keeps its instance busy.</summary>
    Unpredictable,

    /// <summary>Spread over zones and/or instances: misplaced tasks are those beyond an even spread.</summary>
    Spread,

    /// <summary>Binpack (optionally after a zone spread): misplaced tasks are those on instances consolidation could free.</summary>
    Packed,
}
