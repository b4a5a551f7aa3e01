using EcsScaling.Core.Drain;
using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Functions.Events;

namespace EcsScaling.Functions.Functions;

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

    /// <summary>"true" makes every event-driven function plan without mutating (observe mode).</summary>
    public const string DryRunVariable = "ECS_SCALING_DRY_RUN";

    public static FunctionRegistry Create(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(gateways);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(environment);
        var parser = new EventParser();
        var dryRun = string.Equals(environment.GetValueOrDefault(DryRunVariable), "true", StringComparison.OrdinalIgnoreCase);

        return new FunctionRegistry()
            .Add(ParseEventFunction.Name, () => ParseEventFunction.Create(parser))
            .Add(Drain, () =>
            {
                var options = DrainOptionsParser.Parse(environment);
                var drain = new DrainCoordinator(gateways(), options, time, telemetry);
                return ScalingEventFunction.Create(Drain, parser, (e, ct) => drain.HandleAsync(e, dryRun, ct), DrainJsonContext.Default.DrainResult);
            })
            .Add(Policies, () =>
            {
                var policies = CreatePolicyCoordinator(gateways, time, telemetry, environment);
                return ScalingEventFunction.Create(Policies, parser, (e, ct) => policies.HandleAsync(e, dryRun, ct), PolicyJsonContext.Default.PolicyResult);
            });
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
