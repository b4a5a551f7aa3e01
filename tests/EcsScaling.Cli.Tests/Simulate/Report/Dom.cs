using System.Net;
using System.Text.RegularExpressions;

namespace EcsScaling.Cli.Tests.Simulate.Report;

/// <summary>Reads Chromium's serialized DOM: elements by tag within a chart, their attributes and text, entities decoded.</summary>
internal static partial class Dom
{
    /// <summary>The markup of the svg with this id, up to its closing tag (the report's charts do not nest svgs).</summary>
    public static string Svg(string dom, string id)
    {
        var start = dom.IndexOf($"<svg id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"the rendered page has no svg with id {id}");
        return dom[start..(dom.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Elements(string markup, string tag) =>
        [.. Regex.Matches(markup, $"<{tag}\\b([^>]*)>").Select(m => Attributes(m.Groups[1].Value))];

    /// <summary>The text of the first element with this attribute value, e.g. a summary cell by its data-figure.</summary>
    public static string TextOf(string markup, string attribute, string value)
    {
        var match = Regex.Match(markup, $"<(\\w+)[^>]*\\b{attribute}=\"{Regex.Escape(value)}\"[^>]*>(.*?)</\\1>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no element with {attribute}=\"{value}\" in the rendered page");
        return WebUtility.HtmlDecode(TagPattern().Replace(match.Groups[2].Value, ""));
    }

    /// <summary>A polyline's points as (x, y) pairs.</summary>
    public static IReadOnlyList<(double X, double Y)> Points(IReadOnlyDictionary<string, string> polyline) =>
        [.. polyline["points"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split(','))
            .Select(xy => (double.Parse(xy[0], System.Globalization.CultureInfo.InvariantCulture), double.Parse(xy[1], System.Globalization.CultureInfo.InvariantCulture)))];

    private static Dictionary<string, string> Attributes(string text) =>
        AttributePattern().Matches(text).ToDictionary(a => a.Groups[1].Value, a => WebUtility.HtmlDecode(a.Groups[2].Value), StringComparer.Ordinal);

    [GeneratedRegex("([\\w:-]+)=\"([^\"]*)\"")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();
}
