using System.Text.RegularExpressions;
using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Ops;

/// <summary>
/// Strict parsing of ops commands: {"command": "drain", "instanceId": "i-…", "dryRun": true}.
/// Unknown commands, unknown fields, missing or malformed ids are errors naming the field, so a
/// typo never turns into a different action.
/// </summary>
public static partial class OpsCommandParser
{
    private static readonly Dictionary<string, string[]> Fields = new(StringComparer.Ordinal)
    {
        [OpsCommandNames.Status] = ["cluster"],
        [OpsCommandNames.Drain] = ["instanceId", "dryRun"],
        [OpsCommandNames.Undrain] = ["instanceId", "dryRun"],
        [OpsCommandNames.CompleteHook] = ["instanceId", "result", "reason", "dryRun"],
        [OpsCommandNames.Rebalance] = ["cluster", "dryRun", "ignoreCooldown"],
        [OpsCommandNames.Policies] = ["action", "profile", "dryRun"],
    };

    public static OpsCommand Parse(ReadOnlyMemory<byte> payload)
    {
        using var document = EmbeddedJson.ParseDocument(payload, "");
        var root = new EventNode(document.RootElement, "");
        if (!root.IsObject)
        {
            throw EventNode.Fail("", "expected a JSON object with a \"command\" field");
        }

        var name = root.RequiredString("command");
        if (!Fields.TryGetValue(name, out var allowed))
        {
            throw EventNode.Fail("command", $"unknown command \"{Truncate(name)}\"; expected one of {string.Join(", ", OpsCommandNames.All)}");
        }

        // A repeated field is refused: which copy wins ({"dryRun":true,"dryRun":false}) must never be a guess.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in root.Element.EnumerateObject())
        {
            if (property.Name != "command" && !allowed.Contains(property.Name))
            {
                throw EventNode.Fail(Truncate(property.Name), $"not a field of \"{name}\"; expected {string.Join(", ", allowed)}");
            }

            if (!seen.Add(property.Name))
            {
                throw EventNode.Fail(property.Name, "given more than once");
            }
        }

        var dryRun = root.OptionalBool("dryRun") ?? false;
        return name switch
        {
            OpsCommandNames.Status => new StatusCommand(OptionalCluster(root)),
            OpsCommandNames.Drain => new DrainCommand(InstanceId(root), dryRun),
            OpsCommandNames.Undrain => new UndrainCommand(InstanceId(root), dryRun),
            OpsCommandNames.CompleteHook => new CompleteHookCommand(InstanceId(root), Result(root), Reason(root), dryRun),
            OpsCommandNames.Rebalance => new RebalanceCommand(OptionalCluster(root) ?? throw EventNode.Fail("cluster", "missing"), dryRun, root.OptionalBool("ignoreCooldown") ?? false),
            _ => new PoliciesCommand(Action(root), OptionalProfile(root), dryRun),
        };
    }

    private static string InstanceId(EventNode root) => InstanceIds.Required(root, "instanceId");

    private static string? OptionalCluster(EventNode root)
    {
        var value = root.OptionalString("cluster");
        return value is null || ClusterReference.TryParse(value, out _, out _) ? value : throw EventNode.Fail("cluster", $"\"{Truncate(value)}\" is not a valid name or ARN");
    }

    /// <summary>Profile names: letters, digits, hyphens and underscores (255).</summary>
    private static string? OptionalProfile(EventNode root)
    {
        var value = root.OptionalString("profile");
        return value is null || NamePattern().IsMatch(value) ? value : throw EventNode.Fail("profile", $"\"{Truncate(value)}\" is not a valid name");
    }

    /// <summary>Typed by a person: any case.</summary>
    private static LifecycleResult Result(EventNode root)
    {
        var text = root.RequiredString("result").ToUpperInvariant();
        return LifecycleResultText.Wire.TryParse(text, out var result) ? result : throw EventNode.Fail("result", $"\"{Truncate(text)}\" is not {LifecycleResultText.Wire.Expected}");
    }

    private static string Reason(EventNode root)
    {
        var reason = root.RequiredString("reason").Trim();
        return reason.Length is > 0 and <= 256 ? reason : throw EventNode.Fail("reason", "must be 1 to 256 characters: say why the hook is forced");
    }

    private static PoliciesAction Action(EventNode root) => root.RequiredString("action") switch
    {
        "diff" => PoliciesAction.Diff,
        "apply" => PoliciesAction.Apply,
        var other => throw EventNode.Fail("action", $"\"{Truncate(other)}\" is not diff or apply"),
    };

    private static string Truncate(string value) => value.Length <= 64 ? value : value[..64] + "…";

    [GeneratedRegex(@"^[A-Za-z0-9_-]{1,255}\z")]
    private static partial Regex NamePattern();
}
