using EcsScaling.Core.Clusters;
using System.Text.Json;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Drain;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Simulation.Tests.Capabilities;

/// <summary>
/// Scale-in of our group, next to resources that are not ours: a second team's hook and ECS's
/// managed-draining hook on the same group, and a foreign cluster with its own group and a hook
/// that happens to share our hook's name. The real "drain" function handles the events and a
/// one-minute sweeper schedule, through gateways that record every call and crash once mid-run.
/// </summary>
public static class DrainScenario
{
    public const string OtherTeamHook = "other-team-hook";
    public const string ForeignCluster = "batch";
    public const string ForeignGroup = "batch-asg";

    public static Dictionary<string, string?> Environment(string maxDrainTime = "30m") => new(StringComparer.Ordinal)
    {
        [ManagedClusters.Variable] = StandardCluster.Cluster,
        [DrainVariables.AutoScalingGroups] = StandardCluster.Group,
        [DrainVariables.TerminateHooks] = StandardCluster.DrainHook,
        [DrainVariables.MaxDrainTime] = maxDrainTime,
    };

    public static SimulationOptions Unreliable { get; } = new()
    {
        Events = new EventDeliveryOptions { DuplicateProbability = 0.2, LossProbability = 0.05, Jitter = TimeSpan.FromSeconds(30) },
        Faults = new FaultOptions { ThrottleProbability = 0.1, ServerErrorProbability = 0.02, Latency = TimeSpan.FromMilliseconds(100) },
    };

    public static Scenario Create(int instances = 4, int scaleInTo = 2) => new()
    {
        Name = "drain-with-neighbours",
        Description = $"scale-in {instances} → {scaleInTo} next to foreign hooks, a foreign cluster and group; unreliable events and APIs",
        Options = Unreliable,
        Setup = sim =>
        {
            StandardCluster.Build(sim, instances);
            sim.AutoScaling.PutLifecycleHook(StandardCluster.Group, OtherTeamHook, LifecycleTransition.Terminating, TimeSpan.FromSeconds(3600), LifecycleResult.Continue);
            sim.AutoScaling.PutLifecycleHook(StandardCluster.Group, DrainOptions.EcsManagedHookName, LifecycleTransition.Terminating, TimeSpan.FromSeconds(3600), LifecycleResult.Continue);
            var batch = sim.Ecs.CreateCluster(ForeignCluster);
            sim.AutoScaling.CreateGroup(ForeignGroup, batch, 2, new Resources(2048, 4096), StandardCluster.Zones);
            sim.AutoScaling.PutLifecycleHook(ForeignGroup, StandardCluster.DrainHook, LifecycleTransition.Terminating, TimeSpan.FromSeconds(600), LifecycleResult.Continue);
            sim.Ecs.CreateService(batch, "batch-worker", sim.Ecs.RegisterTaskDefinition("batch-worker", 256, 256), 2);
        },
        Duration = TimeSpan.FromMinutes(25),
        Timeline =
        [
            new(TimeSpan.FromMinutes(1), $"Scale-in of our group to {scaleInTo} and of the foreign group to 1.", sim =>
            {
                sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, scaleInTo);
                sim.AutoScaling.SetDesiredCapacity(ForeignGroup, 1);
            }),
        ],
        Invariants = DrainInvariants.OfOurDrains(),
    };

    /// <summary>Registers the real drain function as the EventBridge rules and the schedule would route to it.</summary>
    public static LambdaHost RegisterDrain(ScenarioContext context, ScenarioFunctions functions, IReadOnlyDictionary<string, string?> environment, AuditedGateways? audit = null)
    {
        var host = new LambdaHost(context, DrainFunction.Name, environment, audit?.Wrap(context.Gateways));
        functions.OnEvent(DrainFunction.Name, [SimEvent.TerminateLifecycleAction, SimEvent.SpotInterruptionWarning, SimEvent.RebalanceRecommendation, SimEvent.ContainerInstanceStateChange],
            (json, cancellationToken) => IsRoutedToDrain(json) ? host.InvokeAsync(json, cancellationToken) : Task.CompletedTask);
        functions.Every(DrainFunction.Name + "-sweeper", TimeSpan.FromMinutes(1), host.TickAsync);
        return host;
    }

    /// <summary>
    /// DeliveryMode queue: the same rules send to an SQS queue (6-minute visibility timeout, redrive
    /// after 5 receives) that Lambda's poller works in batches; the sweeper schedule stays direct.
    /// </summary>
    public static (LambdaHost Host, EcsScaling.Simulation.Queues.SqsQueue Queue, EcsScaling.Simulation.Queues.LambdaQueuePoller Poller) RegisterQueuedDrain(
        ScenarioContext context, ScenarioFunctions functions, IReadOnlyDictionary<string, string?> environment, AuditedGateways? audit = null)
    {
        var host = new LambdaHost(context, DrainFunction.Name, new Dictionary<string, string?>(environment) { [DrainVariables.DeliveryMode] = "queue" }, audit?.Wrap(context.Gateways));
        var queue = new EcsScaling.Simulation.Queues.SqsQueue(context.Simulator.Clock, TimeSpan.FromMinutes(6), maxReceiveCount: 5);
        var poller = new EcsScaling.Simulation.Queues.LambdaQueuePoller(context.Simulator.Clock, queue, new EcsScaling.Simulation.Queues.QueuePollerOptions { BatchSize = 10 }, host.InvokeForAnswerAsync);
        functions.OnEvent(DrainFunction.Name + "-queue", [SimEvent.TerminateLifecycleAction, SimEvent.SpotInterruptionWarning, SimEvent.RebalanceRecommendation, SimEvent.ContainerInstanceStateChange], (json, _) =>
        {
            if (IsRoutedToDrain(json))
            {
                queue.Send(json);
            }

            return Task.CompletedTask;
        });
        functions.Every(DrainFunction.Name + "-sweeper", TimeSpan.FromMinutes(1), host.TickAsync);
        return (host, queue, poller);
    }

    /// <summary>The template's ContainerInstanceDrainingRule filters on detail.status DRAINING.</summary>
    private static bool IsRoutedToDrain(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        return root.GetProperty("detail-type").GetString() != SimEvent.ContainerInstanceStateChange
            || root.GetProperty("detail").GetProperty("status").GetString() == "DRAINING";
    }

    /// <summary>The other team (and ECS managed draining) answer their own hooks a couple of minutes in.</summary>
    public static void RegisterNeighbours(ScenarioContext context, ScenarioFunctions functions) =>
        functions.Every("neighbours", TimeSpan.FromMinutes(2), _ =>
        {
            var sim = context.Simulator;
            foreach (var action in sim.AutoScaling.LifecycleActions.Where(a => a.FinishedAt is null && IsForeignHook(a.Hook.HookName)).ToList())
            {
                sim.AutoScaling.CompleteLifecycleAction(new LifecycleActionRef(action.Hook.GroupName, action.Hook.HookName, action.InstanceId, null), LifecycleResult.Continue);
            }

            return Task.CompletedTask;
        });

    public static bool IsForeignHook(string hookName) => hookName is OtherTeamHook or DrainOptions.EcsManagedHookName;
}
