using System.Text.Json.Serialization;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Policies;

/// <summary>
/// Source-generated (AOT-safe) JSON for reading the policy document (results are written by hand,
/// next to each function, e.g. src/EcsScaling.Functions/Policies/PolicyResultJson.cs). Unknown
/// document fields are errors: a misspelt "minCapacty" must not be silently ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(PolicyDocumentJson))]
public sealed partial class PolicyJsonContext : JsonSerializerContext;
