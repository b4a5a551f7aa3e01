using System.Globalization;
using System.Net;
using System.Text;

namespace EcsScaling.Cli.Simulate.Report;

/// <summary>Text as the report writes it: HTML-escaped (service names and labels come from input) and culture-free numbers.</summary>
internal static class ReportText
{
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>SVG coordinates and axis labels: at most one decimal, so a 1,440-point line stays small.</summary>
    public static string Number(double value) => new StringBuilder(8).AppendNumber(value).ToString();

    /// <summary>
    /// <see cref="Number"/> straight into the page: whole tenths written as integers, since a day's lines
    /// are tens of thousands of coordinates and a custom format string per coordinate dominated the render.
    /// </summary>
    public static StringBuilder AppendNumber(this StringBuilder html, double value)
    {
        var tenths = (long)Math.Round(value * 10, MidpointRounding.AwayFromZero);
        if (tenths < 0)
        {
            html.Append('-');
            tenths = -tenths;
        }

        html.Append(CultureInfo.InvariantCulture, $"{tenths / 10}");
        return tenths % 10 == 0 ? html : html.Append('.').Append((char)('0' + (tenths % 10)));
    }

    public static string Figure(double value) => value.ToString("#,##0.00", CultureInfo.InvariantCulture);

    public static string Count(double value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>A minute of the day as hh:mm; past 24 h the hours go on (25:30) rather than wrap.</summary>
    public static string Clock(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");
}
