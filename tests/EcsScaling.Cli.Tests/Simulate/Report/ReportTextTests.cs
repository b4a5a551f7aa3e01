using EcsScaling.Cli.Simulate.Report;

namespace EcsScaling.Cli.Tests.Simulate.Report;

public class ReportTextTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(104, "104")]
    [InlineData(1183.96, "1184")]
    [InlineData(12.34, "12.3")]
    [InlineData(12.35, "12.4")]
    [InlineData(0.04, "0")]
    [InlineData(-0.3, "-0.3")]
    [InlineData(-2, "-2")]
    public void Numbers_have_at_most_one_decimal_and_a_point(double value, string text) => Assert.Equal(text, ReportText.Number(value));

    [Fact]
    public void Clock_goes_past_midnight_rather_than_wrap() => Assert.Equal(("00:00", "13:05", "25:30"), (ReportText.Clock(0), ReportText.Clock(785), ReportText.Clock(1530)));

    [Fact]
    public void Escape_makes_markup_text() => Assert.Equal("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", ReportText.Escape("<b> & \"x\" 'y'"));
}
