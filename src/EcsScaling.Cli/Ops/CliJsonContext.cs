using System.Text.Json.Serialization;

namespace EcsScaling.Cli.Ops;

/// <summary>JSON the CLI writes itself (everything else is the functions' own response JSON).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(DrainSample))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
