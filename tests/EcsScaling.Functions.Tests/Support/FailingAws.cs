using EcsScaling.Core.Observability;
using EcsScaling.Functions.Hosting;
using EcsScaling.Simulation;
using EcsScaling.Simulation.Faults;
using EcsScaling.Simulation.Scenarios;

namespace EcsScaling.Functions.Tests.Support;

/// <summary>A function invoked with the scheduled sample over the simulator's standard cluster, where every AWS call answers a server error.</summary>
public static class FailingAws
{
    public static (Simulator Sim, Func<Task<FunctionResult>> Invoke) ScheduledTick(string function, IReadOnlyDictionary<string, string?> environment)
    {
        var sim = new Simulator(3, new SimulationOptions { Faults = new FaultOptions { ServerErrorProbability = 1 } });
        StandardCluster.Build(sim);
        var lambda = FunctionCatalog.Create(() => sim.Gateways, sim.Clock, new CapturingTelemetry(), environment).Resolve(function);
        var payload = Samples.Bytes("scheduled-event.json");
        var context = new LambdaContext(new Invocation("req-1", sim.Clock.GetUtcNow().AddMinutes(5), $"arn:aws:lambda:us-east-1:123456789012:function:{function}", null, payload),
            function, sim.Clock, new CapturingTelemetry());
        return (sim, () => lambda.InvokeAsync(payload, context, CancellationToken.None));
    }
}
