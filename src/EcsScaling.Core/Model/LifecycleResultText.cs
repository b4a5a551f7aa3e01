namespace EcsScaling.Core.Model;

/// <summary>LifecycleResult as Auto Scaling spells it (CompleteLifecycleAction's LifecycleActionResult, a hook's DefaultResult).</summary>
public static class LifecycleResultText
{
    public static readonly WireText<LifecycleResult> Wire = new(
        ("CONTINUE", LifecycleResult.Continue),
        ("ABANDON", LifecycleResult.Abandon));
}
