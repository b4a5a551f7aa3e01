using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.LoadBalancing;

public sealed class SimTarget(TargetRef target, DateTimeOffset registeredAt)
{
    public TargetRef Target => target;

    public DateTimeOffset RegisteredAt => registeredAt;

    public string State { get; set; } = TargetState.Initial;

    public DateTimeOffset? DrainingUntil { get; set; }
}

/// <summary>An ELBv2 target group; DeregistrationDelay is the deregistration_delay.timeout_seconds attribute (default 300 s).</summary>
public sealed class SimTargetGroup(string arn, string name, string targetType)
{
    public string Arn => arn;

    public string Name => name;

    public string TargetType => targetType;

    public TimeSpan DeregistrationDelay { get; init; } = TimeSpan.FromSeconds(300);

    public Dictionary<TargetRef, SimTarget> Targets { get; } = [];
}
