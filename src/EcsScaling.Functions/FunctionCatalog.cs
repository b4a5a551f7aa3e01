using EcsScaling.Core.Clusters;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.ClusterMetrics;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Ops;
using EcsScaling.Functions.ParseEvent;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;

namespace EcsScaling.Functions;

/// <summary>
/// The composition root: every function of the binary, built from one GatewaySet (AWS, moto or
/// the simulator), one TimeProvider, one ITelemetry and the function's environment variables.
/// Only the function named by _HANDLER is built, so its configuration is validated at init and a
/// bad value fails the init with the variable named. Gateways are created lazily.
/// </summary>
public static class FunctionCatalog
{
    public const string Drain = "drain";
    public const string Policies = "policies";
    public const string Rebalance = "rebalance";
    public const string ClusterMetrics = "cluster-metrics";

    /// <summary>"true" makes every event-driven function plan without mutating (observe mode).</summary>
    public const string DryRunVariable = "ECS_SCALING_DRY_RUN";

    public static FunctionRegistry Create(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(gateways);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(environment);
        var parser = new EventParser();
        var dryRun = DryRun(environment);

        return new FunctionRegistry()
            .Add(ParseEventFunction.Name, () => ParseEventFunction.Create(parser))
            .Add(Drain, () =>
            {
                var drain = CreateDrainCoordinator(gateways, time, telemetry, environment);
                return ScalingEventFunction.Create(Drain, parser, (e, ct) => drain.HandleAsync(e, dryRun, ct), DrainResultJson.Write);
            })
            .Add(Policies, () =>
            {
                var policies = CreatePolicyCoordinator(gateways, time, telemetry, environment);
                return ScalingEventFunction.Create(Policies, parser, (e, ct) => policies.HandleAsync(e, dryRun, ct), PolicyResultJson.Write);
            })
            .Add(Rebalance, () =>
            {
                var rebalance = CreateRebalanceCoordinator(gateways, time, telemetry, environment);
                return ScalingEventFunction.Create(Rebalance, parser, async (e, ct) => RebalanceFailedException.ThrowIfAnyFailed(await rebalance.HandleAsync(e, dryRun, ct)), RebalanceResultJson.WriteAll);
            })
            .Add(ClusterMetrics, () =>
            {
                var options = ClusterMetricsOptions.FromEnvironment(environment);
                var publisher = new ClusterMetricsPublisher(gateways(), options, time, telemetry);
                return ScalingEventFunction.Create(ClusterMetrics, parser, async (_, ct) => ClusterMetricsFailedException.ThrowIfAnyFailed(await publisher.PublishAsync(options.Clusters, ct)), ClusterJson.WriteSummary);
            })
            .Add(OpsFunction.FunctionName, () =>
            {
                var gatewaySet = new Lazy<GatewaySet>(gateways);
                var dispatcher = new OpsDispatcher(
                    () => gatewaySet.Value,
                    time,
                    () => new DrainCoordinator(gatewaySet.Value, DrainOptionsParser.ParseForManualCommands(environment), time, telemetry),
                    () => CreateRebalanceCoordinator(() => gatewaySet.Value, time, telemetry, environment),
                    () => CreatePolicyCoordinator(() => gatewaySet.Value, time, telemetry, environment),
                    new EnvironmentReader(environment).Names(ManagedClusters.Variable));
                return new OpsFunction(dispatcher, dryRun);
            });
    }

    public static DrainCoordinator CreateDrainCoordinator(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        var options = DrainOptionsParser.Parse(environment);
        return new DrainCoordinator(gateways(), options, time, telemetry);
    }

    public static RebalanceCoordinator CreateRebalanceCoordinator(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        var options = RebalanceOptionsParser.Parse(environment);
        return new RebalanceCoordinator(gateways(), options, time, telemetry);
    }

    /// <summary>Observe mode for every function; anything but true or false is refused, since a typo must not act for real.</summary>
    /// <exception cref="ConfigurationException">The value is neither true nor false.</exception>
    public static bool DryRun(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        return reader.Checked("functions", reader.Bool(DryRunVariable, fallback: false));
    }

    /// <summary>The policy document path is relative to the binary's folder (Lambda's task root) unless absolute.</summary>
    public static PolicyCoordinator CreatePolicyCoordinator(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        var options = PolicyOptions.FromEnvironment(environment);
        var path = Path.Combine(AppContext.BaseDirectory, options.DocumentPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{PolicyOptions.DocumentVariable}: the policy document '{path}' does not exist", path);
        }

        var document = PolicyDocument.Load(File.ReadAllText(path));
        return new PolicyCoordinator(gateways(), options, document, time, telemetry);
    }

    public static FunctionRegistry Create(GatewaySet gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment) =>
        Create(() => gateways, time, telemetry, environment);
}
