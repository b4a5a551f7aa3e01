namespace EcsScaling.Aws.Wire;

/// <summary>One page of a paginated answer: its items and the token of the next page (NextToken, nextToken, NextMarker for ELBv2).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextToken);
