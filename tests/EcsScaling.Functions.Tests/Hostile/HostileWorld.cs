using EcsScaling.Core.Clusters;
using System.Text;
using EcsScaling.Core.Drain;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Core.Rebalance;
using EcsScaling.Functions.Hosting;
using EcsScaling.Simulation;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Functions.Tests.Hostile;

/// <summary>
/// A simulated account with our cluster (StandardCluster "prod", group prod-asg) and a neighbour
/// we must never touch: cluster "staging" with group staging-asg, which carries a hook of the same
/// name as ours. Foreign ids in the corpus are real staging resources, so any call that slipped
/// through would succeed and be counted.
/// </summary>
public sealed class HostileWorld
{
    public const string ForeignCluster = "staging";
    public const string ForeignGroup = "staging-asg";

    public HostileWorld()
    {
        Sim = new Simulator(11, new SimulationOptions { Faults = FaultOptions.None });
        StandardCluster.Build(Sim, instances: 3);
        var staging = Sim.Ecs.CreateCluster(ForeignCluster);
        Sim.AutoScaling.CreateGroup(ForeignGroup, staging, 2, new Resources(2048, 4096), StandardCluster.Zones, new GroupSpec { MinSize = 1, MaxSize = 4 });
        Sim.AutoScaling.PutLifecycleHook(ForeignGroup, StandardCluster.DrainHook, LifecycleTransition.Terminating, TimeSpan.FromSeconds(600), LifecycleResult.Continue);
        Sim.Clock.Advance(TimeSpan.FromMinutes(5));

        var foreign = Sim.Ecs.Clusters[ForeignCluster].Instances.Values.First();
        Placeholders = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{{prod-instance}}"] = StandardCluster.SomeInServiceInstance(Sim),
            ["{{prod-cluster-arn}}"] = Sim.Ecs.Clusters[StandardCluster.Cluster].Arn,
            ["{{staging-instance}}"] = foreign.Ec2InstanceId,
            ["{{staging-cluster-arn}}"] = staging.Arn,
            ["{{staging-container-instance-arn}}"] = foreign.Arn,
        };
    }

    public Simulator Sim { get; }

    public IReadOnlyDictionary<string, string> Placeholders { get; }

    public static IReadOnlyDictionary<string, string?> Environment { get; } = new Dictionary<string, string?>
    {
        [ManagedClusters.Variable] = StandardCluster.Cluster,
        [DrainVariables.AutoScalingGroups] = StandardCluster.Group,
        [DrainVariables.TerminateHooks] = StandardCluster.DrainHook,
        [DrainVariables.LaunchHooks] = "ecs-scaling-launch",
        [RebalanceVariables.AlarmNames] = StandardCluster.ImbalanceAlarm,
    };

    /// <summary>Mutating = any attempted operation that is not List*, Describe* or Get*.</summary>
    public IReadOnlyDictionary<string, int> MutatingCalls() => Sim.Api.Calls.MutatingAttempts;

    public FunctionRegistry Functions(ITelemetry telemetry) => FunctionCatalog.Create(Sim.Gateways, Sim.Clock, telemetry, Environment);

    public string Payload(string text) => Placeholders.Aggregate(text, (current, p) => current.Replace(p.Key, p.Value, StringComparison.Ordinal));

    public byte[] PayloadBytes(string text) => Encoding.UTF8.GetBytes(Payload(text));
}
