using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Policies;

namespace EcsScaling.Functions.Tests.Policies;

public class PoliciesFunctionTests
{
    [Fact]
    public void Policies_loads_the_packaged_document_next_to_the_binary()
    {
        var catalog = FunctionCatalog.Create(new GatewaySet(null!, null!, null!, null!, null!), TimeProvider.System, new CapturingTelemetry(), new Dictionary<string, string?>());

        var function = catalog.Resolve(PoliciesFunction.Name);

        Assert.Equal(PoliciesFunction.Name, function.Name);
    }

    [Fact]
    public void Policies_with_a_missing_document_names_the_variable()
    {
        var catalog = FunctionCatalog.Create(new GatewaySet(null!, null!, null!, null!, null!), TimeProvider.System, new CapturingTelemetry(),
            new Dictionary<string, string?> { ["ECS_SCALING_POLICY_DOCUMENT"] = "policies/missing.json" });

        var error = Assert.Throws<FileNotFoundException>(() => catalog.Resolve(PoliciesFunction.Name));

        Assert.Contains("ECS_SCALING_POLICY_DOCUMENT", error.Message, StringComparison.Ordinal);
    }
}
