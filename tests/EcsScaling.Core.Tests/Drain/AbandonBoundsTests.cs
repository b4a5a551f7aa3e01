using EcsScaling.Core.Clusters;
using EcsScaling.Core.Drain;

namespace EcsScaling.Core.Tests.Drain;

public class AbandonBoundsTests
{
    private static AbandonBounds Read(string text)
    {
        var reader = new Core.Configuration.EnvironmentReader(new Dictionary<string, string?> { [DrainVariables.AbandonAfter] = text });
        var bounds = AbandonBoundsParser.Read(reader, new ManagedClusters(["prod", "batch"]), TimeSpan.FromHours(3));
        Assert.Empty(reader.Problems);
        return bounds;
    }

    [Theory]
    [InlineData("prod", "checkout", "prod/checkout=10m")]
    [InlineData("arn:aws:ecs:us-east-1:123456789012:cluster/prod", "checkout", "prod/checkout=10m")]
    [InlineData("batch", "checkout", "checkout=45m")]
    [InlineData("prod", "web", "prod/*=2h")]
    [InlineData("batch", "web", "*=2h30m")]
    public void The_most_specific_entry_wins_whatever_the_order(string cluster, string service, string expected)
    {
        var bounds = Read("*=2h30m, prod/*=2h, checkout=45m, prod/checkout=10m");

        Assert.Equal(expected, bounds.For(cluster, service)?.Text);
    }

    [Fact]
    public void A_service_no_entry_names_has_no_bound()
    {
        var bounds = Read("checkout=45m, batch/*=1h");

        Assert.Null(bounds.For("prod", "web"));
        Assert.Equal("batch/*=1h", bounds.For("batch", "web")?.Text);
    }
}
