namespace EcsScaling.Simulation.Load;

/// <summary>
/// What one service's users ask of it: CPU units of work at load multiplier 1 (shared evenly by its
/// RUNNING tasks), and memory as a share of each task's reservation that grows with the CPU it uses.
/// A daemon's work is per task (each instance's agent has its own).
/// </summary>
public sealed record ServiceDemand(string Service, double CpuAtBaseLoad)
{
    /// <summary>Memory a task holds when idle, as a fraction of its reservation.</summary>
    public double MemoryIdle { get; init; } = 0.35;

    /// <summary>Memory added per unit of CPU utilisation (used ÷ reserved), as a fraction of the reservation; memory is capped at the reservation (the task's hard memory limit).</summary>
    public double MemoryPerCpu { get; init; } = 0.3;

    /// <summary>Container-level CPU hard limit as a multiple of the reservation; null = none, the task may use whatever the instance has spare.</summary>
    public double? CpuHardLimit { get; init; }

    /// <summary>Whether the load curve scales this demand (a daemon's agent work does not follow users).</summary>
    public bool FollowsLoad { get; init; } = true;
}
