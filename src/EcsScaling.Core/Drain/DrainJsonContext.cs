using System.Text.Json.Serialization;

namespace EcsScaling.Core.Drain;

/// <summary>Source-generated (AOT-safe) JSON for drain results: handler responses and CLI plans.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(DrainResult))]
public sealed partial class DrainJsonContext : JsonSerializerContext;
