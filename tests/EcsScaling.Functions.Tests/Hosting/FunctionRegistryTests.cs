using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Hosting;

public class FunctionRegistryTests
{
    [Fact]
    public void Only_the_resolved_function_is_built()
    {
        var built = new List<string>();
        var registry = new FunctionRegistry()
            .Add("a", () => { built.Add("a"); return Named("a"); })
            .Add("b", () => { built.Add("b"); return Named("b"); });

        var function = registry.Resolve("b");

        Assert.Equal("b", function.Name);
        Assert.Equal(["b"], built);
    }

    [Fact]
    public void An_unknown_name_lists_the_known_ones_in_order()
    {
        var registry = new FunctionRegistry().Add("zeta", () => Named("zeta")).Add("alpha", () => Named("alpha"));

        var error = Assert.Throws<UnknownHandlerException>(() => registry.Resolve("Alpha"));

        Assert.Equal("_HANDLER (or ECS_SCALING_FUNCTION) \"Alpha\" is not a function of this binary; known: alpha, zeta", error.Message);
    }

    [Fact]
    public void A_name_registered_twice_is_a_wiring_error()
    {
        var registry = new FunctionRegistry().Add("a", () => Named("a"));

        Assert.Throws<ArgumentException>(() => registry.Add("a", () => Named("a")));
    }

    [Fact]
    public void A_factory_building_another_function_is_a_wiring_error()
    {
        var registry = new FunctionRegistry().Add("a", () => Named("b"));

        Assert.Contains("calls itself \"b\"", Assert.Throws<InvalidOperationException>(() => registry.Resolve("a")).Message);
    }

    private static DelegateFunction Named(string name) => new(name, (_, _) => Task.FromResult(new FunctionResult("{}"u8.ToArray())));
}
