using System.Text.Json.Serialization;

namespace EcsScaling.Functions.Hosting;

/// <summary>The Runtime API error body: {"errorMessage","errorType","stackTrace"}.</summary>
public sealed record ErrorReport(
    [property: JsonPropertyName("errorMessage")] string ErrorMessage,
    [property: JsonPropertyName("errorType")] string ErrorType,
    [property: JsonPropertyName("stackTrace")] IReadOnlyList<string> StackTrace)
{
    public static ErrorReport From(Exception exception) => new(
        exception.Message,
        exception.GetType().Name,
        exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);

    public static ErrorReport Of(string errorType, string message) => new(message, errorType, []);
}

[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ErrorReport))]
internal sealed partial class RuntimeJsonContext : JsonSerializerContext;
