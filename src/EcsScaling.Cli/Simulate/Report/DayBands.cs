using System.Globalization;
using System.Text;
using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>The two strips on the time axis: the active policy profile as a band, and the day's marks in one lane per kind.</summary>
internal static class DayBands
{
    private const double LaneHeight = 18;

    private static readonly DayMarkKind[] Lanes = [DayMarkKind.Surge, DayMarkKind.ProfileSwitch, DayMarkKind.RebalanceWave, DayMarkKind.Drain];

    /// <summary>Profiles in the order they first appear; their index picks the band colour.</summary>
    public static IReadOnlyList<string> Profiles(DayTimeline day) => [.. day.Minutes.Select(m => m.Profile).Distinct(StringComparer.Ordinal)];

    public static string ProfileFill(IReadOnlyList<string> profiles, string profile) =>
        DayReportStyle.ProfileFills[IndexOf(profiles, profile) % DayReportStyle.ProfileFills.Count];

    public static void WriteProfileBand(StringBuilder html, DayTimeline day, TimeAxis axis)
    {
        var profiles = Profiles(day);
        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"profile-band\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{TimeAxis.Width}\" height=\"28\" viewBox=\"0 0 {TimeAxis.Width} 28\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"lane-label\" x=\"{TimeAxis.Left - 6}\" y=\"14\">profile</text>\n");
        var minutes = day.Minutes;
        for (var start = 0; start < minutes.Count;)
        {
            var end = start;
            while (end + 1 < minutes.Count && minutes[end + 1].Profile == minutes[start].Profile)
            {
                end++;
            }

            // A run lasts until the next run starts (or one minute past the last minute), so adjacent runs touch.
            var x0 = axis.X(minutes[start].Minute);
            var x1 = end + 1 < minutes.Count ? axis.X(minutes[end + 1].Minute) : TimeAxis.Width - TimeAxis.Right;
            var profile = ReportText.Escape(minutes[start].Profile);
            html.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"profile\" data-profile=\"{profile}\" data-from=\"{minutes[start].Minute}\" data-to=\"{minutes[end].Minute}\" x=\"{ReportText.Number(x0)}\" y=\"4\" width=\"{ReportText.Number(Math.Max(0.5, x1 - x0))}\" height=\"20\" fill=\"{ProfileFill(profiles, minutes[start].Profile)}\"><title>{profile} {ReportText.Clock(minutes[start].Minute)}–{ReportText.Clock(minutes[end].Minute)}</title></rect>\n");
            if (x1 - x0 > 8 * (profile.Length + 1))
            {
                html.Append(CultureInfo.InvariantCulture, $"<text class=\"profile-label\" x=\"{ReportText.Number(x0 + 4)}\" y=\"14\">{profile}</text>\n");
            }

            start = end + 1;
        }

        html.Append("</svg>\n");
    }

    public static void WriteMarks(StringBuilder html, DayTimeline day, TimeAxis axis)
    {
        var height = (Lanes.Length * LaneHeight) + 4;
        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"marks-chart\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{TimeAxis.Width}\" height=\"{ReportText.Number(height)}\" viewBox=\"0 0 {TimeAxis.Width} {ReportText.Number(height)}\">\n");
        for (var lane = 0; lane < Lanes.Length; lane++)
        {
            var y = (lane * LaneHeight) + (LaneHeight / 2) + 2;
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{TimeAxis.Left}\" x2=\"{TimeAxis.Width - TimeAxis.Right}\" y1=\"{ReportText.Number(y)}\" y2=\"{ReportText.Number(y)}\"/><text class=\"lane-label\" x=\"{TimeAxis.Left - 6}\" y=\"{ReportText.Number(y)}\">{DayReportStyle.Marks[Lanes[lane]].Lane}</text>\n");
            foreach (var mark in day.Marks.Where(m => m.Kind == Lanes[lane]))
            {
                html.Append(CultureInfo.InvariantCulture,
                    $"<g class=\"mark\" data-kind=\"{DayReportStyle.Marks[mark.Kind].Name}\" data-minute=\"{mark.Minute}\" fill=\"{DayReportStyle.Marks[mark.Kind].Colour}\"><title>{ReportText.Clock(mark.Minute)} {ReportText.Escape(mark.Label)}</title>{Symbol(mark.Kind, axis.X(mark.Minute), y)}</g>\n");
            }
        }

        html.Append("</svg>\n");
    }

    /// <summary>A shape per kind, so overlapping marks stay distinguishable without colour.</summary>
    public static string Symbol(DayMarkKind kind, double x, double y) => kind switch
    {
        DayMarkKind.Drain => Path($"M{ReportText.Number(x - 4)},{ReportText.Number(y - 4)} h8 l-4,8 z"),
        DayMarkKind.RebalanceWave => string.Create(CultureInfo.InvariantCulture, $"<circle cx=\"{ReportText.Number(x)}\" cy=\"{ReportText.Number(y)}\" r=\"4\"/>"),
        DayMarkKind.ProfileSwitch => Path($"M{ReportText.Number(x)},{ReportText.Number(y - 5)} l5,5 l-5,5 l-5,-5 z"),
        DayMarkKind.Surge => string.Create(CultureInfo.InvariantCulture, $"<rect x=\"{ReportText.Number(x - 2)}\" y=\"{ReportText.Number(y - 7)}\" width=\"4\" height=\"14\"/>"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown day mark kind"),
    };

    private static string Path(string d) => $"<path d=\"{d}\"/>";

    private static int IndexOf(IReadOnlyList<string> profiles, string profile)
    {
        for (var i = 0; i < profiles.Count; i++)
        {
            if (profiles[i] == profile)
            {
                return i;
            }
        }

        throw new ArgumentException($"profile '{profile}' is not in the day's profiles", nameof(profile));
    }
}
