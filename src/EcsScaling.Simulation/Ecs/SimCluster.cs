namespace EcsScaling.Simulation.Ecs;

public sealed class SimCluster(string name, string arn)
{
    public string Name => name;

    public string Arn => arn;

    public Dictionary<string, SimContainerInstance> Instances { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SimService> Services { get; } = new(StringComparer.Ordinal);

    /// <summary>Every task not yet forgotten; STOPPED tasks stay describable as on AWS (about an hour).</summary>
    public Dictionary<string, SimTask> Tasks { get; } = new(StringComparer.Ordinal);

    /// <summary>The (usually few) DRAINING instances, so the scheduler finds tasks to replace without scanning services.</summary>
    public HashSet<SimContainerInstance> DrainingInstances { get; } = [];

    public Dictionary<string, string> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>The capacity providers associated with the cluster (PutClusterCapacityProviders), as DescribeClusters names them.</summary>
    public List<AutoScaling.SimCapacityProvider> CapacityProviders { get; } = [];

    /// <summary>Where the cluster's Fargate tasks run: AWS-managed capacity without container instances, created on first use.</summary>
    public SimContainerInstance? FargateCapacity { get; set; }
}
