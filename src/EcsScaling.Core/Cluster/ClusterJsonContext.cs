using System.Text.Json.Serialization;

namespace EcsScaling.Core.Clusters;

/// <summary>Source-generated (AOT-safe) JSON for what the cluster-metrics function and the ops status command return.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(ClusterMetricsSummary))]
[JsonSerializable(typeof(ClusterMeasurement))]
public sealed partial class ClusterJsonContext : JsonSerializerContext;
