using System.Text;
using System.Text.Json;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Functions;
using EcsScaling.Functions.Hosting;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Cli.Simulate;

/// <summary>
/// Where `simulate` gets its functions: the real "drain", "rebalance" and "policies" functions of the
/// Lambda binary, built by FunctionCatalog with the environment a deployment would give them and fed
/// the raw EventBridge JSON the simulator emits, as the rules in template.yaml route it (lifecycle
/// actions, Spot warnings and DRAINING container-instance changes to drain; alarms to rebalance and
/// policies; a one-minute schedule to drain and rebalance, for the sweeper and the waves; every five
/// minutes to policies, for drift and the return to normal — the template's default is fifteen,
/// shortened so the demo's thirty minutes see normal come back).
/// </summary>
internal static class CapabilitySeam
{
    public static IReadOnlyList<Action<ScenarioContext, ScenarioFunctions>> Capabilities { get; } = [RegisterDrain, RegisterRebalance, RegisterPolicies];

    public static Dictionary<string, string?> DrainEnvironment { get; } = new(StringComparer.Ordinal)
    {
        [DrainVariables.Clusters] = StandardCluster.Cluster,
        [DrainVariables.AutoScalingGroups] = StandardCluster.Group,
        [DrainVariables.TerminateHooks] = StandardCluster.DrainHook,
    };

    /// <summary>The demo's tasks are minutes old, so the minimum task age is lowered from its 10-minute default.</summary>
    public static Dictionary<string, string?> RebalanceEnvironment { get; } = new(StringComparer.Ordinal)
    {
        [RebalanceOptionsParser.Clusters] = StandardCluster.Cluster,
        [RebalanceOptionsParser.AlarmNames] = StandardCluster.ImbalanceAlarm,
        [RebalanceOptionsParser.MinTaskAgeMinutes] = "2",
    };

    /// <summary>
    /// The packaged policy document, applied (fix mode); the load alarm switches to its surge profile,
    /// and normal returns five minutes (not the default fifteen) after the alarm is OK again.
    /// </summary>
    public static Dictionary<string, string?> PolicyEnvironment { get; } = new(StringComparer.Ordinal)
    {
        [PolicyOptions.ModeVariable] = "fix",
        [PolicyOptions.AlarmProfilesVariable] = StandardCluster.LoadAlarm + "=surge",
        [PolicyOptions.RestoreHoldVariable] = "300",
    };

    private static readonly TimeSpan Schedule = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan PolicySchedule = TimeSpan.FromMinutes(5);

    private static void RegisterDrain(ScenarioContext context, ScenarioFunctions functions)
    {
        var drain = Resolve(context, FunctionCatalog.Drain, DrainEnvironment);
        functions.OnEvent(FunctionCatalog.Drain, [SimEvent.TerminateLifecycleAction, SimEvent.SpotInterruptionWarning, SimEvent.ContainerInstanceStateChange],
            (json, ct) => IsDrainingChangeOrOther(json) ? Invoke(context, drain, json, ct) : Task.CompletedTask);
        functions.Every("drain-sweeper", Schedule, ct => Invoke(context, drain, ScheduledEvent(context, "drain-sweeper"), ct));
    }

    private static void RegisterRebalance(ScenarioContext context, ScenarioFunctions functions)
    {
        var rebalance = Resolve(context, FunctionCatalog.Rebalance, RebalanceEnvironment);
        functions.OnEvent(FunctionCatalog.Rebalance, [SimEvent.AlarmStateChange], (json, ct) => Invoke(context, rebalance, json, ct));
        functions.Every("rebalance-waves", Schedule, ct => Invoke(context, rebalance, ScheduledEvent(context, "rebalance-waves"), ct));
    }

    private static void RegisterPolicies(ScenarioContext context, ScenarioFunctions functions)
    {
        var environment = new Dictionary<string, string?>(PolicyEnvironment, StringComparer.Ordinal)
        {
            [PolicyOptions.StateClusterVariable] = context.Simulator.Ecs.Clusters[StandardCluster.Cluster].Arn,
        };
        var policies = Resolve(context, FunctionCatalog.Policies, environment);
        functions.OnEvent(FunctionCatalog.Policies, [SimEvent.AlarmStateChange], (json, ct) => Invoke(context, policies, json, ct));
        functions.Every("policies-drift", PolicySchedule, ct => Invoke(context, policies, ScheduledEvent(context, "policies-drift"), ct));
    }

    private static ILambdaFunction Resolve(ScenarioContext context, string name, IReadOnlyDictionary<string, string?> environment) =>
        FunctionCatalog.Create(context.Gateways, context.Clock, context.Telemetry, environment).Resolve(name);

    /// <summary>The template's ContainerInstanceDrainingRule matches detail.status DRAINING only.</summary>
    private static bool IsDrainingChangeOrOther(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return root.GetProperty("detail-type").GetString() != SimEvent.ContainerInstanceStateChange
            || root.GetProperty("detail").GetProperty("status").GetString() == "DRAINING";
    }

    private static Task Invoke(ScenarioContext context, ILambdaFunction function, string json, CancellationToken ct) =>
        LocalInvoker.InvokeAsync(function, Encoding.UTF8.GetBytes(json), $"{function.Name}-{context.Clock.GetUtcNow().ToUnixTimeMilliseconds()}",
            ScenarioRunner.FunctionTimeout, context.Clock, context.Telemetry, ct);

    private static string ScheduledEvent(ScenarioContext context, string rule) =>
        LocalInvoker.ScheduledEvent(context.Clock.GetUtcNow(), rule, context.Simulator.Options.Region, context.Simulator.Options.Account);
}
