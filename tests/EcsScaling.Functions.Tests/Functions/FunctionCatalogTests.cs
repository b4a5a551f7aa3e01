using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Functions;

namespace EcsScaling.Functions.Tests.Functions;

public class FunctionCatalogTests
{
    [Fact]
    public void Parse_event_starts_without_creating_gateways()
    {
        var created = 0;
        var catalog = FunctionCatalog.Create(() => { created++; throw new InvalidOperationException("no AWS here"); }, TimeProvider.System, new CapturingTelemetry(), new Dictionary<string, string?>());

        var function = catalog.Resolve(ParseEventFunction.Name);

        Assert.Equal(ParseEventFunction.Name, function.Name);
        Assert.Equal(0, created);
        Assert.Contains(ParseEventFunction.Name, catalog.Names);
    }

    [Fact]
    public void Missing_dependencies_are_refused_at_composition()
    {
        Assert.Throws<ArgumentNullException>(() => FunctionCatalog.Create((Func<GatewaySet>)null!, TimeProvider.System, new CapturingTelemetry(), new Dictionary<string, string?>()));
    }
}
