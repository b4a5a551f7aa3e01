using System.Text.Json;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Functions.Hosting;

/// <summary>The Runtime API error body: {"errorMessage","errorType","stackTrace"}.</summary>
public sealed record ErrorReport(string ErrorMessage, string ErrorType, IReadOnlyList<string> StackTrace)
{
    public static ErrorReport From(Exception exception) => new(
        exception.Message,
        exception.GetType().Name,
        exception.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? []);

    public static ErrorReport Of(string errorType, string message) => new(message, errorType, []);

    public byte[] ToUtf8() => Utf8JsonWriterMembers.ToUtf8(this, static (writer, report) => writer.Members(report, static (w, r) =>
        w.String("errorMessage", r.ErrorMessage).String("errorType", r.ErrorType).Strings("stackTrace", r.StackTrace)));
}
