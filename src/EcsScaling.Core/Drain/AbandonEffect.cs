using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>What passing an abandon bound did to a drain.</summary>
public enum AbandonEffect
{
    /// <summary>ABANDON sent; the group retains abandoned instances, so the instance is kept (Terminating:Retained) with its tasks.</summary>
    Retained,

    /// <summary>ABANDON sent on a group without a retention policy (as configured): Auto Scaling terminates the instance.</summary>
    Terminated,

    /// <summary>The group has no retention policy and ABANDON was not asked for anyway: the drain goes on to the max drain time.</summary>
    Withheld,
}

/// <summary>AbandonEffect as log lines and answers spell it.</summary>
public static class AbandonEffectText
{
    public static readonly WireText<AbandonEffect> Wire = new(
        ("retained", AbandonEffect.Retained),
        ("terminated", AbandonEffect.Terminated),
        ("withheld", AbandonEffect.Withheld));
}
