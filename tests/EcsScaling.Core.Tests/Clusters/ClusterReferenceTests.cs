using EcsScaling.Core.Clusters;

namespace EcsScaling.Core.Tests.Clusters;

public class ClusterReferenceTests
{
    private const string Arn = "arn:aws:ecs:eu-west-1:123456789012:cluster/prod";

    [Theory]
    [InlineData("prod", "prod", false)]
    [InlineData(Arn, "prod", true)]
    [InlineData("arn:aws-cn:ecs:cn-north-1:123456789012:cluster/a_b-9", "a_b-9", true)]
    public void Parses_names_and_arns(string text, string name, bool isArn)
    {
        var reference = ClusterReference.Parse(text);
        Assert.Equal(name, reference.Name);
        Assert.Equal(isArn, reference.IsArn);
        Assert.Equal(text, reference.Text);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("prod cluster", "letters, numbers")]
    [InlineData("prod\n", "letters, numbers")]
    [InlineData(" prod", "letters, numbers")]
    [InlineData("arn:aws:ecs:eu-west-1:123456789012:service/prod/web", "not an ECS cluster ARN")]
    [InlineData("arn:aws:ec2:eu-west-1:123456789012:cluster/prod", "not an ECS cluster ARN")]
    [InlineData("arn:aws:ecs:eu-west-1:1234:cluster/prod", "not an ECS cluster ARN")]
    [InlineData("arn:aws:ecs:eu-west-1:123456789012:cluster/", "empty")]
    public void Refuses_what_names_no_cluster_saying_why(string text, string why)
    {
        Assert.False(ClusterReference.TryParse(text, out _, out var problem));
        Assert.Contains(why, problem, StringComparison.Ordinal);
        Assert.Contains(why, Assert.Throws<FormatException>(() => ClusterReference.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_name_longer_than_ecs_allows()
    {
        Assert.True(ClusterReference.TryParse(new string('a', 255), out _, out _));
        Assert.False(ClusterReference.TryParse(new string('a', 256), out _, out var problem));
        Assert.Contains("255", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("prod", "prod", true)]
    [InlineData("prod", Arn, true)]
    [InlineData(Arn, "prod", true)]
    [InlineData(Arn, Arn, true)]
    [InlineData(Arn, "arn:aws:ecs:us-east-1:123456789012:cluster/prod", false)]
    [InlineData(Arn, "arn:aws:ecs:eu-west-1:999999999999:cluster/prod", false)]
    [InlineData("prod", "staging", false)]
    [InlineData("prod", "not a cluster", false)]
    public void Matches_by_name_unless_both_are_arns(string configured, string named, bool same) =>
        Assert.Equal(same, ClusterReference.Parse(configured).Matches(named));

    [Theory]
    [InlineData(Arn, "prod")]
    [InlineData("prod", "prod")]
    [InlineData("not a cluster", "not a cluster")]
    public void Name_of_returns_the_dimension_value(string text, string name) => Assert.Equal(name, ClusterReference.NameOf(text));
}
