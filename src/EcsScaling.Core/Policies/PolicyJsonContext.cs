using System.Text.Json.Serialization;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Policies;

/// <summary>
/// Source-generated (AOT-safe) JSON for the policy document and for the results the CLI and the
/// Lambda handler serialize. Unknown document fields are errors: a misspelt "minCapacty" must not
/// be silently ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PolicyDocumentJson))]
[JsonSerializable(typeof(PolicyResult))]
public sealed partial class PolicyJsonContext : JsonSerializerContext;
