using EcsScaling.Simulation.Events;
using EcsScaling.Simulation.Faults;

namespace EcsScaling.Simulation;

/// <summary>How long the modelled AWS processes take, in virtual time. Defaults are typical observed values, kept short where AWS's are irrelevant.</summary>
public sealed record EcsTimings
{
    public TimeSpan Provisioning { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>PENDING covers the image pull and container start.</summary>
    public TimeSpan Pending { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>DEACTIVATING without a load balancer; with one it lasts the target's deregistration delay.</summary>
    public TimeSpan Deactivating { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>STOPPING: SIGTERM until the container exits (at most the container stopTimeout, 30 s by default).</summary>
    public TimeSpan Stopping { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The service scheduler reacts to a change after this pause, coalescing changes into one pass.</summary>
    public TimeSpan SchedulerReaction { get; init; } = TimeSpan.FromSeconds(1);
}

public sealed record Ec2Timings
{
    /// <summary>Launch until the ECS agent registers the container instance.</summary>
    public TimeSpan BootToRegistration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Terminating:Proceed until Terminated (OS shutdown).</summary>
    public TimeSpan Shutdown { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A Spot interruption warning comes two minutes before EC2 reclaims the instance.</summary>
    public TimeSpan SpotWarning { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A new target turns healthy after this many seconds of passing health checks.</summary>
    public TimeSpan TargetHealthy { get; init; } = TimeSpan.FromSeconds(10);
}

public sealed record SimulationOptions
{
    public string Region { get; init; } = "us-east-1";

    public string Account { get; init; } = "123456789012";

    public DateTimeOffset Start { get; init; } = Clock.VirtualClock.DefaultStart;

    public EcsTimings Ecs { get; init; } = new();

    public Ec2Timings Ec2 { get; init; } = new();

    public FaultOptions Faults { get; init; } = new();

    public EventDeliveryOptions Events { get; init; } = new();
}
