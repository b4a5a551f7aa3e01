using System.Text.Json;
using EcsScaling.Functions.Json;

namespace EcsScaling.Functions.Hosting;

/// <summary>The Runtime API error body: {"errorMessage","errorType","stackTrace"}.</summary>
public sealed record ErrorReport(string ErrorMessage, string ErrorType, IReadOnlyList<string> StackTrace)
{
    public static ErrorReport From(Exception exception) => new(
        exception.Message,
        exception.GetType().Name,
        exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);

    public static ErrorReport Of(string errorType, string message) => new(message, errorType, []);

    public static void Write(Utf8JsonWriter writer, ErrorReport report)
    {
        writer.WriteStartObject();
        writer.WriteString("errorMessage", report.ErrorMessage);
        writer.WriteString("errorType", report.ErrorType);
        writer.WriteStrings("stackTrace", report.StackTrace);
        writer.WriteEndObject();
    }
}
