using System.Text.Json;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// A response member that is not what the contract says, located by its JSON path
/// ($.tasks[3].createdAt) as System.Text.Json located it, so the MalformedResponse an operator
/// reads names the member. The path is built from the inside out as readers unwind.
/// </summary>
public sealed class JsonMemberException(string relativePath, string reason)
    : JsonException($"{reason} Path: ${relativePath}", "$" + relativePath, null, null)
{
    public string Reason { get; } = reason;

    public string RelativePath { get; } = relativePath;

    /// <summary>The same problem seen from the enclosing member or array (".tasks", "[3]").</summary>
    public JsonMemberException Under(string segment) => new(segment + RelativePath, Reason);
}
