using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.Ecs;

/// <summary>The CreateService parameters the simulator models.</summary>
public sealed record ServiceSpec
{
    public bool Daemon { get; init; }

    /// <summary>Launch type FARGATE instead of EC2.</summary>
    public bool Fargate { get; init; }

    public int MinimumHealthyPercent { get; init; } = 100;

    public int MaximumPercent { get; init; } = 200;

    public IReadOnlyList<PlacementStrategy> PlacementStrategies { get; init; } = [];

    public IReadOnlyList<PlacementConstraint> PlacementConstraints { get; init; } = [];

    public IReadOnlyList<string> TargetGroupArns { get; init; } = [];
}
