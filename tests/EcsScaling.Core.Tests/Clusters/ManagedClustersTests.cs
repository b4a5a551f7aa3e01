using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;

namespace EcsScaling.Core.Tests.Clusters;

public class ManagedClustersTests
{
    private const string ProdArn = "arn:aws:ecs:eu-west-1:123456789012:cluster/prod";

    [Fact]
    public void Finds_the_configured_entry_for_a_name_or_an_arn()
    {
        var managed = new ManagedClusters(["staging", ProdArn]);
        Assert.Equal(ProdArn, managed.Find("prod"));
        Assert.Equal(ProdArn, managed.Find(ProdArn));
        Assert.Equal("staging", managed.Find("arn:aws:ecs:eu-west-1:123456789012:cluster/staging"));
        Assert.Null(managed.Find("arn:aws:ecs:us-east-1:123456789012:cluster/prod"));
        Assert.Null(managed.Find("other"));
        Assert.False(managed.Contains("not a cluster"));
        Assert.True(managed.Contains("staging"));
    }

    [Fact]
    public void Read_adds_a_problem_per_entry_that_names_no_cluster()
    {
        var reader = new EnvironmentReader(new Dictionary<string, string?> { [ManagedClusters.Variable] = "prod,bad name,arn:aws:ecs:x:1:cluster/a" });
        var names = ManagedClusters.Read(reader);
        Assert.Equal(3, names.Count);
        Assert.Equal(2, reader.Problems.Count);
        Assert.All(reader.Problems, p => Assert.StartsWith(ManagedClusters.Variable, p, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_requires_the_setting_unless_told_otherwise()
    {
        var required = new EnvironmentReader(new Dictionary<string, string?>());
        Assert.Empty(ManagedClusters.Read(required));
        Assert.Contains(required.Problems, p => p.Contains(ManagedClusters.Variable, StringComparison.Ordinal));

        var optional = new EnvironmentReader(new Dictionary<string, string?>());
        Assert.Empty(ManagedClusters.Read(optional, required: false));
        Assert.Empty(optional.Problems);
    }
}
