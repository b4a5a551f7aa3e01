using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Reads <see cref="DrainVariables.AbandonAfter"/>: comma-separated entries "[cluster/]service=duration", where the
/// service may be '*' (every service) and the cluster, one of the managed clusters (name or ARN), limits the entry to
/// it. Example: "checkout=45m, prod/*=2h". Every bad entry is reported at once, naming the entry and what is wrong.
/// </summary>
public static class AbandonBoundsParser
{
    public const string Syntax = "'[cluster/]service=duration' entries separated by ',' (service '*' = every service), e.g. checkout=45m, prod/*=2h";

    /// <summary>No bound shorter than one sweep: the sweeper, which runs every minute, is what enforces it.</summary>
    public static readonly TimeSpan Minimum = TimeSpan.FromMinutes(1);

    private const int MaxServiceNameLength = 255;

    /// <param name="managed">The clusters an entry may name: another is a typo that would never apply.</param>
    /// <param name="maxDrainTime">Every bound must be shorter: the max drain time would end the drain first.</param>
    public static AbandonBounds Read(EnvironmentReader reader, ManagedClusters managed, TimeSpan maxDrainTime)
    {
        var bounds = new List<AbandonBound>();
        foreach (var item in (reader.Value(DrainVariables.AbandonAfter) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (bound, error) = ParseOne(item, managed, maxDrainTime);
            if (bound is not null && bounds.FirstOrDefault(b => b.SameTarget(bound)) is { } earlier)
            {
                (bound, error) = (null, $"names the same services as '{earlier.Text}'");
            }

            if (bound is null)
            {
                reader.Problems.Add($"{DrainVariables.AbandonAfter}: '{item}': {error}.");
            }
            else
            {
                bounds.Add(bound);
            }
        }

        return bounds.Count == 0 ? AbandonBounds.None : new AbandonBounds(bounds);
    }

    public static (AbandonBound? Bound, string? Error) ParseOne(string text, ManagedClusters managed, TimeSpan maxDrainTime)
    {
        // Names and durations hold no '=', and service names no '/' (a cluster ARN holds one).
        var equals = text.IndexOf('=');
        if (equals < 0)
        {
            return (null, $"has no '=': write {Syntax}");
        }

        var target = text[..equals].Trim();
        var slash = target.LastIndexOf('/');
        var service = target[(slash + 1)..].Trim();
        if (service.Length == 0)
        {
            return (null, "names no service (use * for every service)");
        }

        if (service != "*" && !IsServiceName(service))
        {
            return (null, $"'{service}' is not a service name (1–{MaxServiceNameLength} letters, digits, '-' or '_'), nor * for every service");
        }

        ClusterReference? cluster = null;
        if (slash >= 0)
        {
            var clusterText = target[..slash].Trim();
            if (!ClusterReference.TryParse(clusterText, out var reference, out var problem))
            {
                return (null, clusterText.Length == 0 ? "names no cluster before '/'" : $"cluster {problem}");
            }

            if (!managed.Contains(clusterText))
            {
                return (null, $"cluster '{clusterText}' is not one of the managed clusters ({ManagedClusters.Variable}: {string.Join(", ", managed.Names)})");
            }

            cluster = reference;
        }

        var durationText = text[(equals + 1)..].Trim();
        if (!DurationText.TryParse(durationText, out var after))
        {
            return (null, $"'{durationText}' is not a duration (use {DurationText.Examples})");
        }

        if (after < Minimum)
        {
            return (null, $"{DurationText.Format(after)} is shorter than one sweep ({DurationText.Format(Minimum)})");
        }

        if (after >= maxDrainTime)
        {
            return (null, $"{DurationText.Format(after)} is not shorter than {DrainVariables.MaxDrainTime} ({DurationText.Format(maxDrainTime)}), which would end the drain first");
        }

        return (new AbandonBound(cluster, service == "*" ? null : service, after, text), null);
    }

    /// <summary>ECS service names: up to 255 letters (upper and lower case), numbers, underscores and hyphens.</summary>
    private static bool IsServiceName(string text) =>
        text.Length <= MaxServiceNameLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
