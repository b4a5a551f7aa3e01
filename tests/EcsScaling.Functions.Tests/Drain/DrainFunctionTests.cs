using EcsScaling.Core.Observability;
using EcsScaling.Functions.Drain;

namespace EcsScaling.Functions.Tests.Drain;

public class DrainFunctionTests
{
    [Fact]
    public void Drain_with_invalid_configuration_fails_at_init_naming_the_variable()
    {
        var catalog = FunctionCatalog.Create(() => throw new InvalidOperationException("no AWS here"), TimeProvider.System, new CapturingTelemetry(),
            new Dictionary<string, string?> { ["ECS_SCALING_CLUSTERS"] = "prod", ["ECS_SCALING_ASG_NAMES"] = "prod-asg", ["ECS_SCALING_MAX_DRAIN_TIME"] = "90x" });

        var error = Assert.ThrowsAny<Exception>(() => catalog.Resolve(DrainFunction.Name));

        Assert.Contains("ECS_SCALING_MAX_DRAIN_TIME", error.Message, StringComparison.Ordinal);
    }
}
