using EcsScaling.Core.Metrics;
using EcsScaling.Core.Clusters;

namespace EcsScaling.Core.Tests.Metrics;

public class CpuImbalanceTests
{
    [Theory]
    [InlineData(new[] { 0.5, 0.5, 0.5 }, 0.0)]
    [InlineData(new[] { 1.0, 0.0 }, 1.0)]
    [InlineData(new[] { 0.8, 0.8, 0.0, 0.0 }, 1.0)]
    [InlineData(new double[0], 0.0)]
    [InlineData(new[] { 0.0, 0.0 }, 0.0)]
    public void Is_the_coefficient_of_variation(double[] fractions, double expected) =>
        Assert.Equal(expected, CpuImbalance.Of(fractions), 9);

    [Fact]
    public void Replacing_a_value_matches_recomputing_from_scratch()
    {
        var score = default(CpuImbalance);
        score.Add(0.9);
        score.Add(0.1);
        score.Add(0.5);

        score.Replace(0.9, 0.6);

        Assert.Equal(CpuImbalance.Of([0.6, 0.1, 0.5]), score.Value, 12);
        Assert.Equal(3, score.Count);
    }
}
