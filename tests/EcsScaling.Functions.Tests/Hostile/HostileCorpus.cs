using System.Text;
using System.Text.Json;

namespace EcsScaling.Functions.Tests.Hostile;

/// <summary>
/// One hostile input: a corpus file or a generated payload, the function it is sent to, and what
/// must come back. Outcome "error": an invocation error whose message contains Expected.
/// Outcome "ignored": a successful answer whose reason contains Expected (valid JSON about
/// resources that are not ours — answering it as ignored is right, an error would page someone).
/// </summary>
public sealed record CorpusEntry(string Name, string Function, string Outcome, string Expected, string? File, string? Generate)
{
    public const string Error = "error";
    public const string Ignored = "ignored";

    public override string ToString() => $"{Function}: {Name}";
}

/// <summary>corpus/manifest.json, plus the payloads too big or too deep to commit, generated here.</summary>
public static class HostileCorpus
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Hostile", "corpus");

    private static readonly (IReadOnlyList<CorpusEntry> Entries, IReadOnlyDictionary<string, string> Valid) Manifest = Load();

    public static IReadOnlyList<CorpusEntry> Entries => Manifest.Entries;

    /// <summary>Per function, a valid event that must succeed between hostile ones.</summary>
    public static IReadOnlyDictionary<string, string> ValidFiles => Manifest.Valid;

    public static IEnumerable<object[]> Cases => Entries.Select(e => new object[] { e });

    public static string Text(CorpusEntry entry) => entry.File is { } file ? ReadFile(file) : Generated(entry.Generate!);

    public static string ReadFile(string relativePath) => System.IO.File.ReadAllText(Path.Combine(Directory, relativePath));

    private static (IReadOnlyList<CorpusEntry>, IReadOnlyDictionary<string, string>) Load()
    {
        using var manifest = JsonDocument.Parse(System.IO.File.ReadAllBytes(Path.Combine(Directory, "manifest.json")));
        var valid = manifest.RootElement.GetProperty("valid").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        return (manifest.RootElement.GetProperty("entries").EnumerateArray().Select(Entry).ToList(), valid);
    }

    private static CorpusEntry Entry(JsonElement e)
    {
        var file = e.TryGetProperty("file", out var f) ? f.GetString() : null;
        var generate = e.TryGetProperty("generate", out var g) ? g.GetString() : null;
        var outcome = e.GetProperty("outcome").GetString()!;
        var expected = e.GetProperty(outcome == CorpusEntry.Error ? "expectedErrorContains" : "expectedReasonContains").GetString()!;
        var name = file is null ? generate! : Path.GetFileNameWithoutExtension(file);
        return new CorpusEntry(name, e.GetProperty("function").GetString()!, outcome, expected, file, generate);
    }

    private static string Generated(string name) => name switch
    {
        "six-megabyte-event" => SpotWarning(Padding("notes", 6 * 1024 * 1024)),
        "six-megabyte-ops-command" => $$"""{"command":"status",{{Padding("cluster", 6 * 1024 * 1024)}}}""",
        "deeply-nested-detail" => SpotWarning($"\"extra\":{Nested(10_000)}"),
        "deeply-nested-sns-message" => SnsWithMessage(Nested(200)),
        "deeply-nested-ops-command" => $$"""{"command":"status","cluster":{{Nested(5_000)}}}""",
        "fifty-thousand-instance-ids" => SpotWarning($"\"instance-id\":[{Repeat("\"i-0123abcd\"", 50_000)}]"),
        "hundred-thousand-empty-sns-records" => $"{{\"Records\":[{Repeat("{}", 100_000)}]}}",
        "huge-ops-instance-id-array" => $$"""{"command":"drain","instanceId":[{{Repeat("\"i-0123abcd\"", 50_000)}}]}""",
        _ => throw new InvalidOperationException($"manifest names an unknown generator \"{name}\""),
    };

    private static string SpotWarning(string detailFields) =>
        $$$"""{"version":"0","id":"big","detail-type":"EC2 Spot Instance Interruption Warning","source":"aws.ec2","account":"123456789012","time":"2026-03-02T10:15:30Z","region":"us-east-1","resources":[],"detail":{{{{detailFields}}}}}""";

    private static string SnsWithMessage(string message) =>
        $$$"""{"Records":[{"EventSource":"aws:sns","Sns":{"MessageId":"m-1","Message":{{{JsonSerializer.Serialize(message, HostileJson.Default.String)}}}}}]}""";

    private static string Padding(string field, int bytes) => $"\"{field}\":\"{new string('A', bytes)}\"";

    private static string Nested(int depth) => new StringBuilder().Insert(0, "{\"a\":", depth).Append("{}").Append('}', depth).ToString();

    private static string Repeat(string item, int count) => string.Join(",", Enumerable.Repeat(item, count));
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class HostileJson : System.Text.Json.Serialization.JsonSerializerContext;
