using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Drain;

public class HookResolverTests
{
    [Fact]
    public async Task One_configured_name_needs_no_lookup()
    {
        var f = new DrainFixture();

        var names = await new HookResolver(new DrainContext(f.Gateways, f.Options, f.Time)).OurHookNamesAsync(DrainFixture.Group, LifecycleTransition.Terminating, default);

        Assert.Equal([DrainFixture.Hook], names);
        Assert.Equal(0, f.TotalCalls);
    }

    [Fact]
    public async Task Several_configured_names_resolve_to_those_on_the_group_and_never_foreign_ones()
    {
        var f = new DrainFixture((DrainVariables.TerminateHooks, $"{DrainFixture.Hook},other-of-ours"));

        var names = await new HookResolver(new DrainContext(f.Gateways, f.Options, f.Time)).OurHookNamesAsync(DrainFixture.Group, LifecycleTransition.Terminating, default);

        Assert.Equal([DrainFixture.Hook], names);
        Assert.Equal(1, f.AutoScaling.Calls["DescribeLifecycleHooks"]);
    }
}
