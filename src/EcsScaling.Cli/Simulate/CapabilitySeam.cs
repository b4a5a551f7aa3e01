using EcsScaling.Core.Clusters;
using System.Text.Json;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Metrics;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions;
using EcsScaling.Functions.ClusterMetrics;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Scenarios;
using EcsScaling.Simulation.Scenarios.Day;

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
        [ManagedClusters.Variable] = StandardCluster.Cluster,
        [DrainVariables.AutoScalingGroups] = StandardCluster.Group,
        [DrainVariables.TerminateHooks] = StandardCluster.DrainHook,
    };

    /// <summary>The demo's tasks are minutes old, so the minimum task age is lowered from its 10-minute default.</summary>
    public static Dictionary<string, string?> RebalanceEnvironment { get; } = new(StringComparer.Ordinal)
    {
        [ManagedClusters.Variable] = StandardCluster.Cluster,
        [RebalanceVariables.AlarmNames] = StandardCluster.ImbalanceAlarm,
        [RebalanceVariables.MinTaskAgeMinutes] = "2",
    };

    /// <summary>
    /// The packaged policy document, applied (fix mode); the load alarm switches to its surge profile,
    /// and normal returns five minutes (not the default fifteen) after the alarm is OK again.
    /// </summary>
    public static Dictionary<string, string?> PolicyEnvironment { get; } = new(StringComparer.Ordinal)
    {
        [PolicyVariables.Mode] = "fix",
        [PolicyVariables.AlarmProfiles] = StandardCluster.LoadAlarm + "=surge",
        [PolicyVariables.RestoreHoldSeconds] = "300",
    };

    private static readonly TimeSpan Schedule = TimeSpan.FromMinutes(1);

    private static readonly TimeSpan PolicySchedule = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Scenario `diurnal`, as the template deploys the functions on its cluster: drain with the sweeper and scale-in
    /// protection of the group, rebalance (consolidation included) on its alarm and a one-minute schedule that may start
    /// one, with instance drain allowed (web and worker run 100/200, so only a drain can move them), cluster-metrics every minute (its ImbalanceScore feeds the rebalance alarm; it scales the group out for waiting tasks and gives back instances empty 5 minutes after registering), and the
    /// policies function applying policies/diurnal.json with the surge profile on the surge alarm, on the template's
    /// 15-minute schedule and restore hold.
    /// </summary>
    public static IReadOnlyList<Action<ScenarioContext, ScenarioFunctions>> Diurnal { get; } =
    [
        (context, functions) => RegisterDrain(context, functions, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ManagedClusters.Variable] = DayCluster.Cluster,
            [DrainVariables.AutoScalingGroups] = DayCluster.Group,
            [DrainVariables.TerminateHooks] = DayCluster.DrainHook,
            [DrainVariables.ProtectedGroups] = DayCluster.Group,
        }),
        (context, functions) => RegisterRebalance(context, functions, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ManagedClusters.Variable] = DayCluster.Cluster,
            [RebalanceVariables.AlarmNames] = DayCluster.ImbalanceAlarm,
            [RebalanceVariables.StartOnSchedule] = "true",
            [RebalanceVariables.AllowInstanceDrain] = "true",
        }),
        (context, functions) => RegisterClusterMetrics(context, functions, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [ManagedClusters.Variable] = DayCluster.Cluster,
            [ClusterMetricsVariables.ScaleOutGroups] = $"{DayCluster.Cluster}={DayCluster.Group}",
            [ClusterMetricsVariables.ScaleInEmptyMinutes] = "5",
        }),
        (context, functions) => RegisterPolicies(context, functions, new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [PolicyVariables.Mode] = "fix",
            [PolicyVariables.Document] = DiurnalDocumentPath,
            [PolicyVariables.AlarmProfiles] = DayCluster.SurgeAlarm + "=surge",
            [PolicyVariables.StateCluster] = DayCluster.Cluster,
        }, TimeSpan.FromMinutes(15)),
    ];

    /// <summary>The diurnal policy document, next to the binary as the Functions project copies it.</summary>
    public const string DiurnalDocumentPath = "policies/diurnal.json";

    private static void RegisterDrain(ScenarioContext context, ScenarioFunctions functions) => RegisterDrain(context, functions, DrainEnvironment);

    private static void RegisterDrain(ScenarioContext context, ScenarioFunctions functions, IReadOnlyDictionary<string, string?> environment)
    {
        var drain = Resolve(context, DrainFunction.Name, environment);
        functions.OnEvent(DrainFunction.Name, [SimEvent.TerminateLifecycleAction, SimEvent.SpotInterruptionWarning, SimEvent.RebalanceRecommendation, SimEvent.ContainerInstanceStateChange],
            (json, cancellationToken) => drain.InvokeAsync(json, cancellationToken), IsDrainingChangeOrOther);
        functions.Every("drain-sweeper", Schedule, cancellationToken => drain.InvokeAsync(ScheduledEvent(context, "drain-sweeper"), cancellationToken));
    }

    private static void RegisterRebalance(ScenarioContext context, ScenarioFunctions functions) => RegisterRebalance(context, functions, RebalanceEnvironment);

    private static void RegisterRebalance(ScenarioContext context, ScenarioFunctions functions, IReadOnlyDictionary<string, string?> environment)
    {
        var rebalance = Resolve(context, RebalanceFunction.Name, environment);
        var alarms = environment[RebalanceVariables.AlarmNames]!.Split(',');
        functions.OnEvent(RebalanceFunction.Name, [SimEvent.AlarmStateChange], (json, cancellationToken) => rebalance.InvokeAsync(json, cancellationToken), json => IsAlarmOf(json, alarms));
        functions.Every("rebalance-waves", Schedule, cancellationToken => rebalance.InvokeAsync(ScheduledEvent(context, "rebalance-waves"), cancellationToken));
    }

    private static void RegisterClusterMetrics(ScenarioContext context, ScenarioFunctions functions, IReadOnlyDictionary<string, string?> environment)
    {
        var metrics = Resolve(context, ClusterMetricsFunction.Name, environment);
        functions.Every(ClusterMetricsFunction.Name, Schedule, cancellationToken => metrics.InvokeAsync(ScheduledEvent(context, ClusterMetricsFunction.Name), cancellationToken));
    }

    private static void RegisterPolicies(ScenarioContext context, ScenarioFunctions functions) => RegisterPolicies(context, functions, PolicyEnvironment, PolicySchedule);

    private static void RegisterPolicies(ScenarioContext context, ScenarioFunctions functions, IReadOnlyDictionary<string, string?> configured, TimeSpan schedule)
    {
        var environment = new Dictionary<string, string?>(configured, StringComparer.Ordinal)
        {
            [PolicyVariables.StateCluster] = context.Simulator.Ecs.Clusters[configured.GetValueOrDefault(PolicyVariables.StateCluster) ?? StandardCluster.Cluster].Arn,
        };
        var policies = Resolve(context, PoliciesFunction.Name, environment);
        var alarms = environment[PolicyVariables.AlarmProfiles]!.Split(',').Select(pair => pair.Split('=')[0]).ToArray();
        functions.OnEvent(PoliciesFunction.Name, [SimEvent.AlarmStateChange], (json, cancellationToken) => policies.InvokeAsync(json, cancellationToken), json => IsAlarmOf(json, alarms));
        functions.Every("policies-drift", schedule, cancellationToken => policies.InvokeAsync(ScheduledEvent(context, "policies-drift"), cancellationToken));
    }

    /// <summary>The alarm rules of the template match detail.alarmName against the configured names.</summary>
    private static bool IsAlarmOf(string json, IReadOnlyList<string> alarmNames) =>
        alarmNames.Contains(JsonDocument.Parse(json).RootElement.GetProperty("detail").GetProperty("alarmName").GetString(), StringComparer.Ordinal);

    private static LocalFunction Resolve(ScenarioContext context, string name, IReadOnlyDictionary<string, string?> environment) =>
        new(name, context.Gateways, context.Clock, context.Telemetry, environment, ScenarioRunner.FunctionTimeout);

    /// <summary>The template's ContainerInstanceDrainingRule matches detail.status DRAINING only.</summary>
    private static bool IsDrainingChangeOrOther(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return root.GetProperty("detail-type").GetString() != SimEvent.ContainerInstanceStateChange
            || root.GetProperty("detail").GetProperty("status").GetString() == "DRAINING";
    }

    private static string ScheduledEvent(ScenarioContext context, string rule) =>
        LocalInvoker.ScheduledEvent(context.Clock.GetUtcNow(), rule, context.Simulator.Options.Region, context.Simulator.Options.Account);
}
