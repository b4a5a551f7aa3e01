using EcsScaling.Core.Configuration;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.ClusterMetrics;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Iam;
using EcsScaling.Functions.Ops;
using EcsScaling.Functions.ParseEvent;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;

namespace EcsScaling.Functions;

/// <summary>
/// The composition root: every function of the binary, built from one GatewaySet (AWS, moto or
/// the simulator), one TimeProvider, one ITelemetry and the function's environment variables.
/// Only the function named by _HANDLER is built, so its configuration is validated at init and a
/// bad value fails the init with the variable named. Gateways are created lazily. Each function's
/// factory, result writer, IAM declaration and ops commands are in its own folder.
/// </summary>
public static class FunctionCatalog
{
    /// <summary>"true" makes every event-driven function plan without mutating (observe mode).</summary>
    public const string DryRunVariable = "ECS_SCALING_DRY_RUN";

    /// <summary>Each function's IAM declaration: template.yaml grants exactly these (tests compare).</summary>
    public static FunctionPermissions Permissions { get; } = new(new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ParseEventFunction.Name] = [],
        [DrainFunction.Name] = DrainPermissions.Methods,
        [RebalanceFunction.Name] = RebalancePermissions.Methods,
        [PoliciesFunction.Name] = PoliciesPermissions.Methods,
        [ClusterMetricsFunction.Name] = ClusterMetricsPermissions.Methods,
        [OpsFunction.FunctionName] = OpsPermissions.Methods,
    });

    public static FunctionRegistry Create(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(gateways);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(environment);
        var d = new FunctionDependencies(gateways, time, telemetry, environment, new EventParser(), DryRun(environment));
        return new FunctionRegistry()
            .Add(ParseEventFunction.Name, () => ParseEventFunction.Create(d.Parser))
            .Add(DrainFunction.Name, () => DrainFunction.Create(d))
            .Add(PoliciesFunction.Name, () => PoliciesFunction.Create(d))
            .Add(RebalanceFunction.Name, () => RebalanceFunction.Create(d))
            .Add(ClusterMetricsFunction.Name, () => ClusterMetricsFunction.Create(d))
            .Add(OpsFunction.FunctionName, () => OpsFunction.Create(d));
    }

    public static FunctionRegistry Create(GatewaySet gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment) =>
        Create(() => gateways, time, telemetry, environment);

    /// <summary>Observe mode for every function; anything but true or false is refused, since a typo must not act for real.</summary>
    /// <exception cref="ConfigurationException">The value is neither true nor false.</exception>
    public static bool DryRun(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        return reader.Checked("functions", reader.Bool(DryRunVariable, fallback: false));
    }
}
