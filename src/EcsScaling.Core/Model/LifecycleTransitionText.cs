namespace EcsScaling.Core.Model;

/// <summary>LifecycleTransition as Auto Scaling spells it (a hook's LifecycleTransition, the lifecycle action notification).</summary>
public static class LifecycleTransitionText
{
    public static readonly WireText<LifecycleTransition> Wire = new(
        ("autoscaling:EC2_INSTANCE_TERMINATING", LifecycleTransition.Terminating),
        ("autoscaling:EC2_INSTANCE_LAUNCHING", LifecycleTransition.Launching));
}
