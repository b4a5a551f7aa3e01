using EcsScaling.Simulation.Load;

namespace EcsScaling.Simulation.Tests.Load;

public class LoadCurveTests
{
    [Fact]
    public void Points_are_joined_linearly_and_held_flat_outside_them()
    {
        var curve = LoadCurve.ParseCsv("minute,multiplier\n10,1\n20,3\n", "test");
        Assert.Equal((1.0, 2.0, 3.0, 3.0), (curve.At(0), curve.At(15), curve.At(20), curve.At(500)));
    }

    [Fact]
    public void A_service_column_gives_that_service_its_own_curve()
    {
        var curve = LoadCurve.ParseCsv("0,1\n0,web,4\n60,web,2\n", "test");
        Assert.Equal((3.0, 1.0), (curve.At("web", 30), curve.At("api", 30)));
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_line()
    {
        var error = Assert.Throws<FormatException>(() => LoadCurve.ParseCsv("0,1\n5,x\n7,-1\n", "day.csv"));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("day.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curve_without_rows_for_every_service_is_refused() =>
        Assert.Throws<FormatException>(() => LoadCurve.ParseCsv("0,web,1\n", "test"));

    [Fact]
    public void The_diurnal_day_has_its_trough_peak_and_surge()
    {
        var curve = LoadCurve.Diurnal(surgeStart: 900, surgeMinutes: 20, surgeFactor: 5);
        Assert.Equal(0.25, curve.At(3 * 60));
        Assert.Equal(1.5, curve.At(12 * 60 + 45));
        Assert.Equal(5.0, curve.At(910));
        Assert.Equal(1.0, curve.At(925));
    }
}
