using System.Globalization;
using System.Text.RegularExpressions;
using EcsScaling.Cli.Simulate.Report;
using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Tests.Simulate.Report;

public sealed class DayReportHtmlTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("ecs-scaling-report-").FullName;
    private readonly DayTimeline day = SyntheticDay.Build();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [SkippableFact]
    public void Chromium_shows_every_chart_series_mark_legend_entry_and_figure()
    {
        var dom = Chromium.Require(directory).DumpDom(WritePage());

        Assert.Contains("EcsScaling — diurnal, seed 7", Dom.TextOf(dom, "id", "title"), StringComparison.Ordinal);

        var load = Assert.Single(Dom.Elements(Dom.Svg(dom, "load-chart"), "polyline"));
        var points = Dom.Points(load);
        Assert.Equal(1440, points.Count);
        Assert.True(points.Zip(points.Skip(1)).All(p => p.First.X < p.Second.X), "the load line's x must grow minute by minute");
        Assert.Equal(TimeAxis.Left, points[0].X);
        Assert.Equal(TimeAxis.Width - TimeAxis.Right, points[^1].X);

        var instances = Dom.Svg(dom, "instances-chart");
        var lines = Dom.Elements(instances, "polyline").ToDictionary(p => p["data-series"], Dom.Points);
        Assert.Equal(["bound", "ecs-alone", "ours"], lines.Keys.Order());
        Assert.All(lines.Values, line => Assert.Equal(1440, line.Count));

        // Higher counts are drawn higher: the ours line's topmost point is a minute with the most instances.
        var most = day.Minutes.Max(m => m.InstancesOurs);
        var top = lines["ours"].Select((p, i) => (p.Y, i)).Min().i;
        Assert.Equal(most, day.Minutes[top].InstancesOurs);
        Assert.Equal(3, Dom.Elements(instances, "line").Count(l => l["class"].StartsWith("guide", StringComparison.Ordinal)));

        for (var i = 0; i < day.Services.Count; i++)
        {
            var chart = Dom.Svg(dom, $"tasks-{i}");
            Assert.Equal(day.Services[i], Dom.Elements(chart, "svg")[0]["data-service"]);
            Assert.Equal(day.Services[i], Dom.TextOf(chart, "class", "chart-title"));
            var series = Dom.Elements(chart, "polyline").ToDictionary(p => p["data-series"], p => Dom.Points(p).Count);
            Assert.Equal(new Dictionary<string, int> { ["desired-ecs-alone"] = 1440, ["running-ecs-alone"] = 1440, ["desired-ours"] = 1440, ["running-ours"] = 1440 }, series);
        }

        // The service name with markup in it became text, not an element.
        Assert.DoesNotContain("<b>", dom, StringComparison.Ordinal);

        var bands = Dom.Elements(Dom.Svg(dom, "profile-band"), "rect");
        Assert.Equal(["normal", "surge", "normal"], bands.Select(b => b["data-profile"]));
        Assert.Equal(["0", "902", "950"], bands.Select(b => b["data-from"]));

        var marks = Dom.Elements(Dom.Svg(dom, "marks-chart"), "g").GroupBy(g => g["data-kind"]).ToDictionary(g => g.Key, g => g.Select(m => int.Parse(m["data-minute"], CultureInfo.InvariantCulture)).ToList());
        Assert.Equal([900], marks["surge"]);
        Assert.Equal([902, 950], marks["profile-switch"]);
        Assert.Equal([90, 420, 930, 1000, 1260], marks["rebalance-wave"]);
        Assert.Equal([30, 45, 960, 975, 990, 1300, 1320, 1380], marks["drain"]);

        var legend = Dom.Elements(dom[dom.IndexOf("<ul id=\"legend\"", StringComparison.Ordinal)..dom.IndexOf("</ul>", StringComparison.Ordinal)], "li");
        Assert.Equal(8, legend.Count(l => l.ContainsKey("data-series")));
        Assert.Equal(["normal", "surge"], legend.Where(l => l.ContainsKey("data-profile")).Select(l => l["data-profile"]));
        Assert.Equal(["drain", "rebalance-wave", "profile-switch", "surge"], legend.Where(l => l.ContainsKey("data-kind")).Select(l => l["data-kind"]));

        // Summary figures: hours are the per-minute instances summed over 60; shortfalls follow from how SyntheticDay lags:
        // ours runs half the surge's desired for 4 minutes, ECS alone a third for 9 minutes and one short every 97th minute.
        Assert.Equal(Hours(m => m.InstancesOurs), Dom.TextOf(dom, "data-figure", "instance-hours-ours"));
        Assert.Equal(Hours(m => m.InstancesEcsAlone), Dom.TextOf(dom, "data-figure", "instance-hours-ecs-alone"));
        Assert.Equal(Hours(m => m.InstancesBound), Dom.TextOf(dom, "data-figure", "instance-hours-bound"));
        Assert.Equal("12", Dom.TextOf(dom, "data-figure", "service-minutes-short-ours"));
        Assert.Equal(((9 + 15) * 3).ToString(CultureInfo.InvariantCulture), Dom.TextOf(dom, "data-figure", "service-minutes-short-ecs-alone"));
    }

    [SkippableFact]
    public void Chromium_screenshot_shows_the_charts_in_their_colours()
    {
        var png = PngImage.Decode(Chromium.Require(directory).Screenshot(WritePage(), 1400, 2000));

        Assert.Equal((1400, 2000), (png.Width, png.Height));
        var rows = Enumerable.Range(0, png.Height / 10).Select(i => i * 10).ToList();
        var varied = rows.Count(y => Enumerable.Range(0, png.Width).Select(x => png[x, y]).Distinct().Count() > 1);
        Assert.True(varied >= 60, $"only {varied} of {rows.Count} sampled rows have more than one colour");

        var counts = new Dictionary<string, int>
        {
            ["ours"] = Near(png, DayReportStyle.Ours),
            ["ECS alone"] = Near(png, DayReportStyle.EcsAlone),
            ["bound"] = Near(png, DayReportStyle.Bound),
            ["surge profile band"] = Near(png, DayReportStyle.ProfileFills[1]),
            ["drain marks"] = Near(png, DayReportStyle.Marks[DayMarkKind.Drain].Colour),
            ["surge mark"] = Near(png, DayReportStyle.Marks[DayMarkKind.Surge].Colour),
        };
        Assert.All(counts, c => Assert.True(c.Value >= 100, $"{c.Key}: only {c.Value} pixels of its colour on the screenshot"));
    }

    [Fact]
    public void The_page_loads_nothing_from_the_network()
    {
        var html = DayReportHtml.Render(day);

        Assert.All(Regex.Matches(html, "https?://[^\"' )]*").Select(m => m.Value), url => Assert.Equal("http://www.w3.org/2000/svg", url));
        Assert.DoesNotMatch("<script|<link|<img|<iframe|@import|url\\(|\\bsrc=|\\bhref=", html);
    }

    [Fact]
    public void Text_from_the_timeline_is_escaped()
    {
        var html = DayReportHtml.Render(day);

        Assert.DoesNotContain("<b>worker", html, StringComparison.Ordinal);
        Assert.Contains("data-service=\"&lt;b&gt;worker&lt;/b&gt; &amp; &quot;co&quot;\"", html, StringComparison.Ordinal);
        Assert.Contains("drain i-03c0 &lt;done&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_timeline_renders_the_same_page()
    {
        Assert.Equal(DayReportHtml.Render(day), DayReportHtml.Render(SyntheticDay.Build()));
    }

    [Fact]
    public void A_minute_missing_a_service_is_rejected_naming_both()
    {
        var minutes = day.Minutes.ToList();
        minutes[5] = minutes[5] with { Services = new Dictionary<string, ServiceMinute>() };

        var error = Assert.Throws<ArgumentException>(() => DayReportHtml.Render(day with { Minutes = minutes }));
        Assert.Contains("minute 5 has no counts for service 'web'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeline_without_minutes_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => DayReportHtml.Render(day with { Minutes = [] }));
        Assert.Contains("has no minutes", error.Message, StringComparison.Ordinal);
    }

    private string WritePage()
    {
        var path = Path.Combine(directory, "day.html");
        File.WriteAllText(path, DayReportHtml.Render(day));
        return path;
    }

    private string Hours(Func<DayMinute, int> instances) =>
        (day.Minutes.Sum(instances) / 60.0).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Pixels within a small distance of a colour: line centres and fills, whatever the anti-aliasing did to their edges.</summary>
    private static int Near(PngImage png, string hex)
    {
        var (r, g, b) = (Convert.ToInt32(hex[1..3], 16), Convert.ToInt32(hex[3..5], 16), Convert.ToInt32(hex[5..7], 16));
        var count = 0;
        for (var y = 0; y < png.Height; y++)
        {
            for (var x = 0; x < png.Width; x++)
            {
                var p = png[x, y];
                if (Math.Abs(p.R - r) <= 16 && Math.Abs(p.G - g) <= 16 && Math.Abs(p.B - b) <= 16)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
