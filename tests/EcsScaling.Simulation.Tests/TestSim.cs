using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation.Tests;

/// <summary>Small simulated clusters for the model tests: no faults, no rate limits unless asked.</summary>
internal static class TestSim
{
    public static readonly string[] ThreeZones = ["us-east-1a", "us-east-1b", "us-east-1c"];

    public static Simulator Create(int seed = 7, FaultOptions? faults = null) =>
        new(seed, new SimulationOptions { Faults = faults ?? FaultOptions.None });

    /// <summary>A cluster with instances of 1024 CPU / 2048 MiB, <paramref name="perZone"/> per AZ.</summary>
    public static (SimCluster Cluster, List<SimContainerInstance> Instances) Cluster(Simulator sim, int perZone, string[]? zones = null, int cpu = 1024, int memory = 2048)
    {
        var cluster = sim.Ecs.CreateCluster("prod");
        var instances = new List<SimContainerInstance>();
        foreach (var zone in zones ?? ThreeZones)
        {
            for (var i = 0; i < perZone; i++)
            {
                instances.Add(sim.Ecs.RegisterInstance(cluster, sim.Ids.Ec2InstanceId(), zone, new Resources(cpu, memory)));
            }
        }

        return (cluster, instances);
    }

    public static SimService Service(Simulator sim, SimCluster cluster, string name, int desired, ServiceSpec? spec = null, int cpu = 256, int memory = 512) =>
        sim.Ecs.CreateService(cluster, name, sim.Ecs.RegisterTaskDefinition(name, cpu, memory), desired, spec);

    /// <summary>Lets the scheduler and the task lifecycle settle.</summary>
    public static void Settle(Simulator sim, int seconds = 120) => sim.Clock.Advance(TimeSpan.FromSeconds(seconds));

    public static int Running(SimService service) => service.Tasks.Count(t => t.LastStatus == EcsTaskStatus.Running && t.IsActive);
}
