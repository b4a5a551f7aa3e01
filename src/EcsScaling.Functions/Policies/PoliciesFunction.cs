using EcsScaling.Core.Gateways;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Policies;

/// <summary>policies: alarms switch the profile and the schedule fixes drift, through Core's PolicyCoordinator and the policy document.</summary>
public static class PoliciesFunction
{
    public const string Name = "policies";

    public static ILambdaFunction Create(FunctionDependencies d)
    {
        var policies = CreateCoordinator(d.Gateways, d.Time, d.Telemetry, d.Environment);
        return ScalingEventFunction.Create(Name, d.Parser, (e, cancellationToken) => policies.HandleAsync(e, d.DryRun, cancellationToken), PolicyResultJson.Write);
    }

    /// <summary>The policy document path is relative to the binary's folder (Lambda's task root) unless absolute.</summary>
    public static PolicyCoordinator CreateCoordinator(Func<GatewaySet> gateways, TimeProvider time, ITelemetry telemetry, IReadOnlyDictionary<string, string?> environment)
    {
        var options = PolicyOptionsParser.Parse(environment);
        var path = Path.Combine(AppContext.BaseDirectory, options.DocumentPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{PolicyVariables.Document}: the policy document '{path}' does not exist", path);
        }

        var document = PolicyDocument.Load(File.ReadAllText(path));
        return new PolicyCoordinator(gateways(), options, document, time, telemetry);
    }
}
