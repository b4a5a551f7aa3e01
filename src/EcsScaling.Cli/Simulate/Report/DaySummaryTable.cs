using System.Globalization;
using System.Text;
using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>The report's headline table: instance-hours against the bound and service-minutes short, overall and per service.</summary>
internal static class DaySummaryTable
{
    public static void Write(StringBuilder html, DayTimeline day)
    {
        var figures = DayTally.From(day);
        var hours = figures.InstanceHours;
        var bound = hours.Bound;
        html.Append("<table id=\"summary\">\n<thead><tr><th></th><th>ours</th><th>ECS alone</th><th>packing bound</th></tr></thead>\n<tbody>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<tr data-row=\"instance-hours\"><th>instance-hours</th><td data-figure=\"instance-hours-ours\">{ReportText.Figure(hours.Ours)}</td><td data-figure=\"instance-hours-ecs-alone\">{ReportText.Figure(hours.EcsAlone)}</td><td data-figure=\"instance-hours-bound\">{ReportText.Figure(bound)}</td></tr>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<tr data-row=\"times-bound\"><th>× the bound</th><td data-figure=\"times-bound-ours\">{Ratio(hours.Ours, bound)}</td><td data-figure=\"times-bound-ecs-alone\">{Ratio(hours.EcsAlone, bound)}</td><td>{Ratio(bound, bound)}</td></tr>\n");
        WriteShortRow(html, "service-minutes-short", "service-minutes short of desired", "", figures.ServiceMinutesShort);
        foreach (var service in day.Services)
        {
            WriteShortRow(html, "service-short", $"&#8195;{ReportText.Escape(service)}", $" data-service=\"{ReportText.Escape(service)}\"", figures.ServiceMinutesShortByService[service]);
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void WriteShortRow(StringBuilder html, string row, string heading, string attributes, OursVersusEcsAlone minutes) =>
        html.Append(CultureInfo.InvariantCulture,
            $"<tr data-row=\"{row}\"{attributes}><th>{heading}</th><td data-figure=\"{row}-ours\">{ReportText.Count(minutes.Ours)}</td><td data-figure=\"{row}-ecs-alone\">{ReportText.Count(minutes.EcsAlone)}</td><td>–</td></tr>\n");

    /// <summary>Two decimals and a ×; a dash where the bound is zero (nothing to hold, no ratio).</summary>
    private static string Ratio(double value, double bound) =>
        bound > 0 ? (value / bound).ToString("0.00", CultureInfo.InvariantCulture) + "×" : "–";
}
