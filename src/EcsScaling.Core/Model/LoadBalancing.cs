namespace EcsScaling.Core.Model;

/// <summary>ELBv2 target states as AWS spells them.</summary>
public static class TargetState
{
    public const string Initial = "initial";
    public const string Healthy = "healthy";
    public const string Unhealthy = "unhealthy";
    public const string UnhealthyDraining = "unhealthy.draining";
    public const string Unused = "unused";
    public const string Draining = "draining";
    public const string Unavailable = "unavailable";
}

/// <summary>Id is an instance id (target type instance) or an IP address (target type ip).</summary>
public sealed record TargetRef(string Id, int? Port);

public sealed record TargetHealth(TargetRef Target, string State, string? Reason);
