using System.Text.RegularExpressions;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Policies;

/// <summary>report: a scheduled run only measures drift (metric PolicyDrift); fix: it also applies the document.</summary>
public enum PolicyMode
{
    Report,
    Fix,
}

/// <summary>An alarm whose ALARM state switches to Profile; the order of the list is the priority.</summary>
public sealed record AlarmProfile(string AlarmName, string Profile);

/// <summary>Settings of the policy functions, read from environment variables (see <see cref="Variables"/>).</summary>
public sealed partial record PolicyOptions(
    string DocumentPath,
    PolicyMode Mode,
    IReadOnlyList<AlarmProfile> AlarmProfiles,
    TimeSpan RestoreHold,
    string? StateClusterArn,
    string NamePrefix)
{
    public const string DocumentVariable = "ECS_SCALING_POLICY_DOCUMENT";
    public const string ModeVariable = "ECS_SCALING_POLICY_MODE";
    public const string AlarmProfilesVariable = "ECS_SCALING_POLICY_ALARM_PROFILES";
    public const string RestoreHoldVariable = "ECS_SCALING_POLICY_RESTORE_HOLD_SECONDS";
    public const string StateClusterVariable = "ECS_SCALING_POLICY_STATE_CLUSTER_ARN";
    public const string NamePrefixVariable = "ECS_SCALING_POLICY_NAME_PREFIX";

    public const string DefaultDocumentPath = "policies/policies.json";
    public const string DefaultNamePrefix = "ecs-scaling-";
    public static readonly TimeSpan DefaultRestoreHold = TimeSpan.FromMinutes(15);

    /// <summary>Every variable with what it means, for the README and the SAM template.</summary>
    public static IReadOnlyList<(string Name, string Meaning)> Variables { get; } =
    [
        (DocumentVariable, $"path of the policy document (default {DefaultDocumentPath})"),
        (ModeVariable, "report | fix: what a scheduled run does with drift (default report)"),
        (AlarmProfilesVariable, "alarm=profile pairs, comma-separated, first has priority (e.g. prod-cpu-high=surge)"),
        (RestoreHoldVariable, "seconds the alarms must stay OK before normal is restored (default 900)"),
        (StateClusterVariable, "ARN of the ECS cluster whose tags hold the active profile (required with alarm profiles)"),
        (NamePrefixVariable, $"prefix of the policies this tool owns and may delete (default {DefaultNamePrefix})"),
    ];

    /// <exception cref="ConfigurationException">Every bad variable, each named.</exception>
    public static PolicyOptions FromEnvironment(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        var mode = reader.Choice(ModeVariable, PolicyMode.Report, ("report", PolicyMode.Report), ("fix", PolicyMode.Fix));
        var hold = TimeSpan.FromSeconds(reader.Int(RestoreHoldVariable, (int)DefaultRestoreHold.TotalSeconds, min: 0));
        var alarms = ParseAlarmProfiles(reader.Value(AlarmProfilesVariable), reader.Problems);
        var cluster = reader.Value(StateClusterVariable);
        if (cluster is not null && !ClusterArn().IsMatch(cluster))
        {
            reader.Invalid(StateClusterVariable, cluster, "an ECS cluster ARN (arn:aws:ecs:<region>:<account>:cluster/<name>)", cluster);
        }
        else if (cluster is null && alarms.Count > 0)
        {
            reader.Problems.Add($"{StateClusterVariable}: required when {AlarmProfilesVariable} is set (the active profile is kept in the cluster's tags).");
        }

        var prefix = reader.Value(NamePrefixVariable) ?? DefaultNamePrefix;
        if (!NamePrefixPattern().IsMatch(prefix))
        {
            reader.Invalid(NamePrefixVariable, prefix, "3 to 50 letters, digits, '.', '_' or '-' (every policy with this prefix may be deleted)", prefix);
        }

        return reader.Checked("policies", new PolicyOptions(reader.Value(DocumentVariable) ?? DefaultDocumentPath, mode, alarms, hold, cluster, prefix));
    }

    /// <summary>Every profile the alarms switch to must exist in the document.</summary>
    /// <exception cref="PolicyValidationException">An alarm maps to a profile the document lacks.</exception>
    public void CheckAgainst(PolicyDocument document)
    {
        var errors = AlarmProfiles.Where(a => !document.HasProfile(a.Profile))
            .Select(a => $"{AlarmProfilesVariable}: alarm '{a.AlarmName}' maps to unknown profile '{a.Profile}'; the document defines {string.Join(", ", document.ProfileNames.Order(StringComparer.Ordinal))}")
            .ToList();
        if (errors.Count > 0)
        {
            throw new PolicyValidationException(errors);
        }
    }

    private static List<AlarmProfile> ParseAlarmProfiles(string? text, List<string> errors)
    {
        var pairs = new List<AlarmProfile>();
        foreach (var item in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Alarm names may contain '=', profile names may not: split at the last one.
            var split = item.LastIndexOf('=');
            var alarm = split > 0 ? item[..split].Trim() : "";
            var profile = split > 0 ? item[(split + 1)..].Trim() : "";
            if (alarm.Length == 0 || profile.Length == 0)
            {
                errors.Add($"{AlarmProfilesVariable}: '{item}' is not alarm=profile.");
            }
            else if (pairs.Any(p => p.AlarmName == alarm))
            {
                errors.Add($"{AlarmProfilesVariable}: alarm '{alarm}' is listed twice.");
            }
            else
            {
                pairs.Add(new AlarmProfile(alarm, profile));
            }
        }

        return pairs;
    }

    [GeneratedRegex("^arn:aws[a-z-]*:ecs:[a-z0-9-]+:[0-9]{12}:cluster/[A-Za-z0-9_-]{1,255}$")]
    private static partial Regex ClusterArn();

    [GeneratedRegex("^[A-Za-z0-9._-]{3,50}$")]
    private static partial Regex NamePrefixPattern();
}
