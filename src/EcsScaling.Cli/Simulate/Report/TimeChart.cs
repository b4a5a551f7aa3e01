using System.Globalization;
using System.Text;
using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>
/// One SVG chart over the day: y gridlines, clock ticks, guides at the surge and profile switches,
/// and each series as a single polyline with one point per minute (one element per series, not per point).
/// </summary>
internal sealed class TimeChart(TimeAxis axis, ValueScale scale, string id, string title, double height)
{
    private const double Top = 26;
    private const double Bottom = 22;
    private readonly StringBuilder lines = new();
    private readonly StringBuilder guides = new();

    private double PlotHeight => height - Top - Bottom;

    /// <summary>Extra attributes on the svg element, already escaped (e.g. data-service).</summary>
    public string Attributes { get; init; } = "";

    public TimeChart Line(string series, IReadOnlyList<DayMinute> minutes, Func<DayMinute, double> value)
    {
        lines.Append(CultureInfo.InvariantCulture, $"<polyline class=\"series {series}\" data-series=\"{series}\" points=\"");
        foreach (var minute in minutes)
        {
            lines.AppendNumber(axis.X(minute.Minute)).Append(',').AppendNumber(Y(value(minute))).Append(' ');
        }

        lines.Length--;
        lines.Append("\"/>\n");
        return this;
    }

    /// <summary>Vertical guides where the surge starts and the profile switches, so their effect can be read off every chart.</summary>
    public TimeChart Guides(IEnumerable<DayMark> marks)
    {
        foreach (var mark in marks.Where(m => m.Kind is DayMarkKind.Surge or DayMarkKind.ProfileSwitch))
        {
            var x = ReportText.Number(axis.X(mark.Minute));
            guides.Append(CultureInfo.InvariantCulture, $"<line class=\"guide {DayReportStyle.Marks[mark.Kind].Name}\" x1=\"{x}\" x2=\"{x}\" y1=\"{Top}\" y2=\"{ReportText.Number(Top + PlotHeight)}\"/>\n");
        }

        return this;
    }

    public void WriteTo(StringBuilder html)
    {
        var bottom = ReportText.Number(Top + PlotHeight);
        html.Append(CultureInfo.InvariantCulture, $"<svg id=\"{id}\" class=\"chart\"{Attributes} xmlns=\"http://www.w3.org/2000/svg\" width=\"{TimeAxis.Width}\" height=\"{ReportText.Number(height)}\" viewBox=\"0 0 {TimeAxis.Width} {ReportText.Number(height)}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-title\" x=\"{TimeAxis.Left}\" y=\"16\">{ReportText.Escape(title)}</text>\n");
        foreach (var value in scale.Gridlines())
        {
            var y = ReportText.Number(Y(value));
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{TimeAxis.Left}\" x2=\"{TimeAxis.Width - TimeAxis.Right}\" y1=\"{y}\" y2=\"{y}\"/><text class=\"tick y\" x=\"{TimeAxis.Left - 6}\" y=\"{y}\">{ReportText.Number(value)}</text>\n");
        }

        foreach (var tick in axis.Ticks())
        {
            var x = ReportText.Number(axis.X(tick));
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"tick-mark\" x1=\"{x}\" x2=\"{x}\" y1=\"{bottom}\" y2=\"{ReportText.Number(Top + PlotHeight + 4)}\"/><text class=\"tick x\" x=\"{x}\" y=\"{ReportText.Number(height - 4)}\">{ReportText.Clock(tick)}</text>\n");
        }

        html.Append(guides).Append(lines).Append("</svg>\n");
    }

    private double Y(double value) => Top + PlotHeight - (Math.Clamp(value, 0, scale.Max) / scale.Max * PlotHeight);
}
