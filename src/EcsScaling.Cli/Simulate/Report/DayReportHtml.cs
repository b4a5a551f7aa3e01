using System.Globalization;
using System.Text;
using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>
/// The `simulate --report` page: one self-contained HTML file (inline CSS and SVG, nothing loaded from
/// anywhere) showing a day-long run: load, active profile, marks, instances for ours / ECS alone / the
/// packing bound, and desired vs running tasks per service, with the summary figures on top.
/// </summary>
internal static class DayReportHtml
{
    public static string Render(DayTimeline day)
    {
        var axis = TimeAxis.Of(day);
        var minutes = day.Minutes;
        var html = new StringBuilder(64 * 1024 * (4 + day.Services.Count));
        var title = $"EcsScaling — {ReportText.Escape(day.Scenario)}, seed {day.Seed.ToString(CultureInfo.InvariantCulture)}";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{title}</title>\n<style>\n{DayReportStyle.Css}\n</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1 id=\"title\" data-scenario=\"{ReportText.Escape(day.Scenario)}\" data-seed=\"{day.Seed}\">{title}</h1>\n");
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"subtitle\">{ReportText.Clock(axis.First)}–{ReportText.Clock(axis.Last)}, {ReportText.Count(minutes.Count)} minutes, {day.Services.Count} services. Ours and ECS alone ran from the same seed; the packing bound is the fewest instances that hold the tasks the services want.</p>\n");
        DaySummaryTable.Write(html, day);
        DayReportLegend.Write(html, day);

        html.Append("<h2>Load and policy profile</h2>\n");
        new TimeChart(axis, ValueScale.Covering(minutes.Max(m => m.Load), whole: false), "load-chart", "load multiplier", 160)
            .Guides(day.Marks).Line("load", minutes, m => m.Load).WriteTo(html);
        DayBands.WriteProfileBand(html, day, axis);
        DayBands.WriteMarks(html, day, axis);

        html.Append("<h2>Instances</h2>\n");
        var instances = minutes.Max(m => Math.Max(m.InstancesOurs, Math.Max(m.InstancesEcsAlone, m.InstancesBound)));
        new TimeChart(axis, ValueScale.Covering(instances, whole: true), "instances-chart", "instances: ours, ECS alone, packing bound", 240)
            .Guides(day.Marks)
            .Line("bound", minutes, m => m.InstancesBound)
            .Line("ecs-alone", minutes, m => m.InstancesEcsAlone)
            .Line("ours", minutes, m => m.InstancesOurs)
            .WriteTo(html);

        html.Append("<h2>Tasks per service: desired and running</h2>\n<div id=\"tasks-chart\">\n");
        for (var i = 0; i < day.Services.Count; i++)
        {
            var service = day.Services[i];
            var tasks = minutes.Max(m => Peak(DayTally.Of(m, service)));
            new TimeChart(axis, ValueScale.Covering(tasks, whole: true), $"tasks-{i}", service, 150) { Attributes = $" data-service=\"{ReportText.Escape(service)}\"" }
                .Guides(day.Marks)
                .Line("desired-ecs-alone", minutes, m => DayTally.Of(m, service).DesiredEcsAlone)
                .Line("running-ecs-alone", minutes, m => DayTally.Of(m, service).RunningEcsAlone)
                .Line("desired-ours", minutes, m => DayTally.Of(m, service).DesiredOurs)
                .Line("running-ours", minutes, m => DayTally.Of(m, service).RunningOurs)
                .WriteTo(html);
        }

        html.Append("</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static int Peak(ServiceMinute counts) =>
        Math.Max(Math.Max(counts.DesiredOurs, counts.RunningOurs), Math.Max(counts.DesiredEcsAlone, counts.RunningEcsAlone));
}
