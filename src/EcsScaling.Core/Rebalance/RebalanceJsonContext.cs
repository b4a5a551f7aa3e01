using System.Text.Json.Serialization;

namespace EcsScaling.Core.Rebalance;

/// <summary>Source-generated (AOT-safe) JSON for plans and run results returned to callers.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(RebalancePlan))]
[JsonSerializable(typeof(RebalanceRunResult))]
[JsonSerializable(typeof(IReadOnlyList<RebalanceRunResult>))]
public sealed partial class RebalanceJsonContext : JsonSerializerContext;
