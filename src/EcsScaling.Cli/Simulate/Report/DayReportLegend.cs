using System.Globalization;
using System.Text;
using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>The legend: every line style, every profile's band colour and every mark's symbol, drawn as the charts draw them.</summary>
internal static class DayReportLegend
{
    private static readonly (string Series, string Label)[] Series =
    [
        ("load", "load multiplier"),
        ("ours", "instances, ours"),
        ("ecs-alone", "instances, ECS alone"),
        ("bound", "packing bound"),
        ("desired-ours", "desired tasks, ours"),
        ("running-ours", "running tasks, ours"),
        ("desired-ecs-alone", "desired tasks, ECS alone"),
        ("running-ecs-alone", "running tasks, ECS alone"),
    ];

    public static void Write(StringBuilder html, DayTimeline day)
    {
        html.Append("<ul id=\"legend\">\n");
        foreach (var (series, label) in Series)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li data-series=\"{series}\">{Swatch($"<line class=\"series {series}\" x1=\"0\" y1=\"6\" x2=\"32\" y2=\"6\"/>")}{label}</li>\n");
        }

        var profiles = DayBands.Profiles(day);
        foreach (var profile in profiles)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li data-profile=\"{ReportText.Escape(profile)}\">{Swatch($"<rect x=\"0\" y=\"0\" width=\"32\" height=\"12\" fill=\"{DayBands.ProfileFill(profiles, profile)}\"/>")}profile {ReportText.Escape(profile)}</li>\n");
        }

        foreach (var kind in Enum.GetValues<DayMarkKind>())
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<li data-kind=\"{DayReportStyle.Marks[kind].Name}\">{Swatch($"<g fill=\"{DayReportStyle.Marks[kind].Colour}\">{DayBands.Symbol(kind, 16, 6)}</g>")}{DayReportStyle.Marks[kind].Lane}</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Swatch(string shape) =>
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"32\" height=\"12\" viewBox=\"0 0 32 12\" aria-hidden=\"true\">{shape}</svg>";
}
