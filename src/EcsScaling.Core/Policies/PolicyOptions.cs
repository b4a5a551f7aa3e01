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

/// <summary>Settings of the policy functions, read from environment variables by <see cref="PolicyOptionsParser"/>.</summary>
public sealed record PolicyOptions(
    string DocumentPath,
    PolicyMode Mode,
    IReadOnlyList<AlarmProfile> AlarmProfiles,
    TimeSpan RestoreHold,
    string? StateClusterArn,
    string NamePrefix)
{
    /// <summary>Every profile the alarms switch to must exist in the document.</summary>
    /// <exception cref="PolicyValidationException">An alarm maps to a profile the document lacks.</exception>
    public void CheckAgainst(PolicyDocument document)
    {
        var errors = AlarmProfiles.Where(a => !document.HasProfile(a.Profile))
            .Select(a => $"{PolicyVariables.AlarmProfiles}: alarm '{a.AlarmName}' maps to unknown profile '{a.Profile}'; the document defines {string.Join(", ", document.ProfileNames.Order(StringComparer.Ordinal))}")
            .ToList();
        if (errors.Count > 0)
        {
            throw new PolicyValidationException(errors);
        }
    }
}
