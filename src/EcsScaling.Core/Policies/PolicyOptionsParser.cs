using System.Text.RegularExpressions;
using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Policies;

/// <summary>
/// Reads <see cref="PolicyOptions"/> from environment variables (passed in, never read from the
/// process; named, with their defaults, in <see cref="PolicyVariables"/>), collecting every problem so that one failed init names them all.
/// </summary>
public static partial class PolicyOptionsParser
{
    /// <exception cref="ConfigurationException">Every bad variable, each named.</exception>
    public static PolicyOptions Parse(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment, name => PolicyVariables.All.FirstOrDefault(v => v.Name == name)?.Default);
        var mode = reader.Choice(PolicyVariables.Mode, PolicyMode.Report, ("report", PolicyMode.Report), ("fix", PolicyMode.Fix));
        // The fallbacks stand in for bad values only, which fail the parse: the defaults come from PolicyVariables.
        var hold = TimeSpan.FromSeconds(reader.Int(PolicyVariables.RestoreHoldSeconds, 0, min: 0));
        var alarms = ParseAlarmProfiles(reader.Value(PolicyVariables.AlarmProfiles), reader.Problems);
        var cluster = reader.Value(PolicyVariables.StateCluster);
        if (cluster is not null && !ClusterArn().IsMatch(cluster))
        {
            reader.Invalid(PolicyVariables.StateCluster, cluster, "an ECS cluster ARN (arn:aws:ecs:<region>:<account>:cluster/<name>)", cluster);
        }
        else if (cluster is null && alarms.Count > 0)
        {
            reader.Problems.Add($"{PolicyVariables.StateCluster}: required when {PolicyVariables.AlarmProfiles} is set (the active profile is kept in the cluster's tags).");
        }

        var prefix = reader.Value(PolicyVariables.NamePrefix)!;
        if (!NamePrefixPattern().IsMatch(prefix))
        {
            reader.Invalid(PolicyVariables.NamePrefix, prefix, "3 to 50 letters, digits, '.', '_' or '-' (every policy with this prefix may be deleted)", prefix);
        }

        return reader.Checked("policies", new PolicyOptions(reader.Value(PolicyVariables.Document)!, mode, alarms, hold, cluster, prefix));
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
                errors.Add($"{PolicyVariables.AlarmProfiles}: '{item}' is not alarm=profile.");
            }
            else if (pairs.Any(p => p.AlarmName == alarm))
            {
                errors.Add($"{PolicyVariables.AlarmProfiles}: alarm '{alarm}' is listed twice.");
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
