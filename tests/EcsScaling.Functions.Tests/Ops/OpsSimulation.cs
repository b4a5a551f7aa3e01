using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Ops;
using EcsScaling.Simulation;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Functions.Tests.Ops;

/// <summary>
/// The ops function over the simulator's standard cluster after a scale-out 6 → 9 (three empty
/// instances, so a rebalance has work), composed by FunctionCatalog exactly as in Lambda.
/// </summary>
public sealed class OpsSimulation
{
    public OpsSimulation(IReadOnlyDictionary<string, string?>? extra = null)
    {
        Sim = StandardCluster.BuildScaledOut(7);
        var environment = new Dictionary<string, string?>
        {
            ["ECS_SCALING_CLUSTERS"] = StandardCluster.Cluster,
            ["ECS_SCALING_ASG_NAMES"] = StandardCluster.Group,
            ["ECS_SCALING_TERMINATE_HOOK_NAMES"] = StandardCluster.DrainHook,
        };
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>())
        {
            environment[name] = value;
        }

        Catalog = FunctionCatalog.Create(Sim.Gateways, Sim.Clock, Telemetry, environment);
    }

    public Simulator Sim { get; }

    public CapturingTelemetry Telemetry { get; } = new();

    public FunctionRegistry Catalog { get; }

    public ILambdaFunction Function => Catalog.Resolve(OpsFunction.FunctionName);

    public OpsDispatcher Dispatcher => ((OpsFunction)Function).Dispatcher;

    public int MutatingCalls => Sim.Api.Calls.MutatingAttempts.Values.Sum();

    public OpsResponse Run(OpsCommand command) => Sim.Run(() => Dispatcher.RunAsync(command, CancellationToken.None));

    public string Invoke(byte[] payload)
    {
        var invocation = new Invocation("req-1", Sim.Clock.GetUtcNow().AddMinutes(5), "arn:aws:lambda:us-east-1:123456789012:function:ops", null, payload);
        var context = new LambdaContext(invocation, OpsFunction.FunctionName, Sim.Clock, Telemetry);
        var result = Sim.Run(() => Function.InvokeAsync(payload, context, CancellationToken.None));
        return System.Text.Encoding.UTF8.GetString(result.Json.Span);
    }

    /// <summary>An ACTIVE instance carrying service tasks, chosen deterministically.</summary>
    public string BusyInstance() => Sim.Ecs.InstancesByEc2Id.Values
        .Where(i => i.Status == ContainerInstanceStatus.Active)
        .OrderByDescending(i => Sim.Ecs.AllTasks.Count(t => t.IsActive && t.Instance == i))
        .ThenBy(i => i.Ec2InstanceId, StringComparer.Ordinal)
        .First().Ec2InstanceId;

    /// <summary>Scales in by one and returns the instance the terminate hook holds in Terminating:Wait.</summary>
    public string InstanceInTerminatingWait()
    {
        Sim.AutoScaling.SetDesiredCapacity(StandardCluster.Group, 8);
        Sim.Clock.Advance(TimeSpan.FromSeconds(30));
        return Sim.AutoScaling.Groups[StandardCluster.Group].Instances.Values.Single(i => i.LifecycleState == LifecycleStates.TerminatingWait).InstanceId;
    }
}
