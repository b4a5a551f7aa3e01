using EcsScaling.Core.Gateways;
using EcsScaling.Simulation.AutoScaling;
using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.CloudWatch;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Gateways;
using EcsScaling.Simulation.LoadBalancing;

namespace EcsScaling.Simulation;

/// <summary>
/// One simulated AWS account and region: the models, the virtual clock, the event bus and the
/// gateways Core talks to. Everything random draws from one seeded source, so a seed replays a run exactly.
/// </summary>
public sealed class Simulator
{
    public Simulator(int seed, SimulationOptions? options = null)
    {
        Options = options ?? new SimulationOptions();
        Seed = seed;
        var random = new Random(seed);
        Clock = new VirtualClock(Options.Start);
        Ids = new SimIds(random, Options.Region, Options.Account);
        Events = new EventBus(Clock, random, Options.Events);
        Api = new SimulatedApi(Clock, random, Options.Faults, Ids);
        LoadBalancing = new LoadBalancingModel(Clock, Ids, Options.Ec2);
        Ecs = new EcsModel(Clock, random, Ids, Options.Ecs, Events, LoadBalancing);
        AutoScaling = new AutoScalingModel(Clock, random, Ids, Options.Ec2, Events, Ecs);
        CloudWatch = new CloudWatchModel(Clock, Ids, Events);
        ScalingPolicies = new SimScalingPolicyGateway(AutoScaling, Api, CloudWatch);
        Gateways = new GatewaySet(
            new SimEcsGateway(Ecs, Api), new SimAutoScalingGateway(AutoScaling, Api), new SimLoadBalancingGateway(LoadBalancing, Api),
            ScalingPolicies, new SimCloudWatchGateway(CloudWatch, Api));
    }

    public int Seed { get; }

    public SimulationOptions Options { get; }

    public VirtualClock Clock { get; }

    public SimIds Ids { get; }

    public EventBus Events { get; }

    public SimulatedApi Api { get; }

    public EcsModel Ecs { get; }

    public AutoScalingModel AutoScaling { get; }

    public LoadBalancingModel LoadBalancing { get; }

    public CloudWatchModel CloudWatch { get; }

    public SimScalingPolicyGateway ScalingPolicies { get; }

    /// <summary>What Core is given: the same interfaces as the AWS adapters.</summary>
    public GatewaySet Gateways { get; }

    /// <summary>
    /// Runs async code against the simulator to completion, driving virtual time while it waits
    /// (retry backoff, latency). Continuations run inline on this thread, without the caller's
    /// synchronization context, so the run stays deterministic.
    /// </summary>
    public T Run<T>(Func<Task<T>> work)
    {
        var saved = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return Clock.RunUntilComplete(work());
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(saved);
        }
    }

    public void Run(Func<Task> work) => Run(async () =>
    {
        await work().ConfigureAwait(false);
        return true;
    });
}
