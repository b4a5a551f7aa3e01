using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Iam;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>template.yaml, FunctionCatalog and FunctionPermissions name the same functions.</summary>
public class TemplateSyncTests
{
    public static IReadOnlyList<string> Registered { get; } =
        [.. FunctionCatalog.Create(() => throw new InvalidOperationException("names only"), TimeProvider.System, new CapturingTelemetry(), new Dictionary<string, string?>()).Names];

    [Fact]
    public void Every_registered_function_has_exactly_one_function_resource()
    {
        var problems = Registered
            .Select(name => (name, count: SamTemplate.Functions.Count(f => f.Handler == name)))
            .Where(x => x.count != 1)
            .Select(x => $"'{x.name}' has {x.count} AWS::Serverless::Function resources with Handler: {x.name}")
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_function_resource_names_a_registered_function()
    {
        var strays = SamTemplate.Functions.Where(f => f.Handler is null || !Registered.Contains(f.Handler))
            .Select(f => $"{f.LogicalId} has Handler '{f.Handler}', not one of {string.Join(", ", Registered)}")
            .ToList();

        Assert.True(strays.Count == 0, string.Join("\n", strays));
    }

    [Fact]
    public void Function_permissions_cover_exactly_the_registered_functions()
    {
        Assert.Equal(Registered.Order(StringComparer.Ordinal), FunctionCatalog.Permissions.Methods.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Unknown_function_names_are_refused_with_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => FunctionCatalog.Permissions.ActionsFor("dran"));

        Assert.Contains(DrainFunction.Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_declared_method_is_a_catalogued_gateway_method()
    {
        var unknown = FunctionCatalog.Permissions.Methods.Values.SelectMany(m => m).Concat(FunctionPermissions.ImpliedActions.Keys)
            .Where(m => !EcsScaling.Aws.IamActionCatalog.Methods.ContainsKey(m))
            .ToList();

        Assert.Empty(unknown);
    }
}
