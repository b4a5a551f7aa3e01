using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>Which of our configured hooks are on a group. Hooks with other names (ECS managed draining's included) are never returned.</summary>
public sealed class HookResolver(DrainContext context)
{
    public async Task<IReadOnlyList<LifecycleHook>> OurHooksAsync(string groupName, LifecycleTransition transition, CancellationToken cancellationToken) =>
        [.. (await context.Gateways.AutoScaling.DescribeLifecycleHooksAsync(groupName, cancellationToken))
            .Where(h => h.Transition == transition && context.Options.OwnsHook(h.HookName, transition))];

    /// <summary>With one configured name there is nothing to look up (saves a call per completion); with several, ask the group.</summary>
    public async Task<IReadOnlyList<string>> OurHookNamesAsync(string groupName, LifecycleTransition transition, CancellationToken cancellationToken)
    {
        var configured = transition == LifecycleTransition.Terminating ? context.Options.TerminateHookNames : context.Options.LaunchHookNames;
        return configured.Count <= 1 ? configured : [.. (await OurHooksAsync(groupName, transition, cancellationToken)).Select(h => h.HookName)];
    }
}
