using EcsScaling.Simulation.Scenarios.Day;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>The report's colours and stylesheet: blue is ours, red is ECS alone (dashed), green the packing bound.</summary>
internal static class DayReportStyle
{
    public const string Ours = "#1f77b4";
    public const string OursDesired = "#08306b";
    public const string EcsAlone = "#d62728";
    public const string EcsAloneDesired = "#67000d";
    public const string Bound = "#2ca02c";
    public const string Load = "#555555";

    /// <summary>Profile band fills, given to profiles in the order they first appear, so a run always colours the same.</summary>
    public static IReadOnlyList<string> ProfileFills { get; } = ["#dbe9f6", "#fdd0a2", "#c7e9c0", "#dadaeb", "#fcbba1", "#d9d9d9"];

    /// <summary>Per kind of mark: its attribute value, its lane's label and its colour.</summary>
    public static IReadOnlyDictionary<DayMarkKind, MarkStyle> Marks { get; } = new Dictionary<DayMarkKind, MarkStyle>
    {
        [DayMarkKind.Drain] = new("drain", "drains", "#8c564b"),
        [DayMarkKind.RebalanceWave] = new("rebalance-wave", "rebalance waves", "#9467bd"),
        [DayMarkKind.ProfileSwitch] = new("profile-switch", "profile switches", "#17becf"),
        [DayMarkKind.Surge] = new("surge", "surge", "#e6550d"),
    };

    public static string Css { get; } = $$"""
        body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; margin: 16px 24px; background: #fff; }
        h1 { font-size: 20px; margin: 0 0 2px; }
        h2 { font-size: 15px; margin: 18px 0 4px; }
        .subtitle { color: #555; margin: 0 0 10px; }
        svg.chart { display: block; max-width: 100%; height: auto; }
        .chart-title { font-size: 12px; font-weight: 600; fill: #333; }
        .grid { stroke: #e4e4e4; stroke-width: 1; }
        .tick-mark { stroke: #999; }
        .tick { font-size: 10px; fill: #666; }
        .tick.y { text-anchor: end; dominant-baseline: middle; }
        .tick.x { text-anchor: middle; }
        .series { fill: none; stroke-width: 2; stroke-linejoin: round; }
        .load { stroke: {{Load}}; }
        .ours, .running-ours { stroke: {{Ours}}; }
        .ecs-alone, .running-ecs-alone { stroke: {{EcsAlone}}; stroke-dasharray: 7 4; }
        .bound { stroke: {{Bound}}; stroke-dasharray: 2 3; }
        .desired-ours { stroke: {{OursDesired}}; stroke-width: 1.2; }
        .desired-ecs-alone { stroke: {{EcsAloneDesired}}; stroke-width: 1.2; stroke-dasharray: 7 4; }
        .guide { stroke-width: 1; stroke-dasharray: 3 3; }
        .guide.surge { stroke: {{Marks[DayMarkKind.Surge].Colour}}; }
        .guide.profile-switch { stroke: {{Marks[DayMarkKind.ProfileSwitch].Colour}}; }
        .lane-label { font-size: 10px; fill: #555; text-anchor: end; dominant-baseline: middle; }
        .profile-label { font-size: 10px; fill: #333; dominant-baseline: middle; }
        #legend { display: flex; flex-wrap: wrap; gap: 4px 18px; list-style: none; padding: 0; margin: 6px 0 10px; }
        #legend li { display: flex; align-items: center; gap: 6px; }
        #summary { border-collapse: collapse; margin-top: 6px; }
        #summary th, #summary td { border-bottom: 1px solid #ddd; padding: 3px 12px; text-align: right; }
        #summary th:first-child { text-align: left; font-weight: normal; }
        #summary thead th { font-weight: 600; }
        """;
}

internal sealed record MarkStyle(string Name, string Lane, string Colour);
