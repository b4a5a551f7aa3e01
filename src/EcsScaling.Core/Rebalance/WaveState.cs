using System.Globalization;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// A wave in progress, kept as a tag on the cluster (AWS is the only store): its number, when it
/// started, and the instance it drained, if any. Tag values allow letters, digits, spaces and
/// + - = . _ : / @, so the format is plain words: "wave 2 started 2026-11-27T03:00:00Z [draining arn]".
/// </summary>
public sealed record WaveState(int Wave, DateTimeOffset StartedAt, string? DrainedInstanceArn)
{
    public const string WaveTagKey = "ecs-scaling:rebalance-wave";
    public const string LastRunTagKey = "ecs-scaling:rebalance-last";

    /// <summary>The gateway can tag but not untag, so "no wave" is a value of its own.</summary>
    public const string Idle = "idle";

    private const string TimeFormat = "yyyy-MM-ddTHH:mm:ssZ";

    public string Format() =>
        $"wave {Wave.ToString(CultureInfo.InvariantCulture)} started {FormatTime(StartedAt)}" + (DrainedInstanceArn is null ? "" : $" draining {DrainedInstanceArn}");

    /// <summary>Every StopTask of this wave carries this reason, so its stopped tasks can be found later.</summary>
    public string StopReason => $"{RebalanceOptions.StopReasonPrefix} {Format()}";

    public static string FormatTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset? ParseTime(string? value) =>
        DateTimeOffset.TryParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;

    /// <summary>Null for idle or absent; a value that is neither idle nor a wave is an error (someone edited the tag).</summary>
    public static WaveState? Parse(string? value)
    {
        if (value is null || value == Idle)
        {
            return null;
        }

        var parts = value.Split(' ');
        if (parts is ["wave", var wave, "started", var started, ..] && int.TryParse(wave, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            && ParseTime(started) is { } startedAt && parts.Length is 4 or 6 && (parts.Length == 4 || parts[4] == "draining"))
        {
            return new WaveState(number, startedAt, parts.Length == 6 ? parts[5] : null);
        }

        throw new FormatException($"cluster tag {WaveTagKey}='{value}' is neither '{Idle}' nor 'wave <n> started <yyyy-MM-ddTHH:mm:ssZ> [draining <container instance arn>]'");
    }
}
