namespace EcsScaling.Aws.Wire;

/// <summary>One page of a paginated awsQuery answer (NextToken, or NextMarker for ELBv2).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextToken);
