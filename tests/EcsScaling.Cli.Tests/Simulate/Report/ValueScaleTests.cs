using EcsScaling.Cli.Simulate.Report;

namespace EcsScaling.Cli.Tests.Simulate.Report;

public class ValueScaleTests
{
    [Theory]
    [InlineData(13, true, 15, 5)]
    [InlineData(57, true, 60, 20)]
    [InlineData(3, true, 3, 1)]
    [InlineData(3.6, false, 4, 1)]
    [InlineData(0.9, false, 1, 0.5)]
    [InlineData(0, true, 1, 1)]
    public void Covers_the_highest_value_with_round_steps(double highest, bool whole, double max, double step)
    {
        var scale = ValueScale.Covering(highest, whole);

        Assert.Equal((max, step), (scale.Max, scale.Step));
        Assert.Equal(max, scale.Gridlines().Last(), 9);
    }
}
