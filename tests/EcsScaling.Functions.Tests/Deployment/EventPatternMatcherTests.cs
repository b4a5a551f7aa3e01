using System.Text.Json.Nodes;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>The matcher against the examples of EventBridge's "Content filtering" documentation.</summary>
public class EventPatternMatcherTests
{
    private const string Event = """
        {"source": "aws.ecs", "detail": {"status": "ACTIVE", "count": 0, "tags": ["a", "b"], "arn": "arn:aws:ecs:us-east-1:1:cluster/prod", "nothing": null}}
        """;

    [Theory]
    [InlineData("""{"source": ["aws.ecs"]}""", true)]
    [InlineData("""{"source": ["aws.ec2", "aws.ecs"]}""", true)]
    [InlineData("""{"source": ["aws.ec2"]}""", false)]
    [InlineData("""{"detail": {"status": ["ACTIVE"]}}""", true)]
    [InlineData("""{"detail": {"status": ["DRAINING"]}}""", false)]
    [InlineData("""{"source": ["aws.ecs"], "detail": {"status": ["DRAINING"]}}""", false)]
    [InlineData("""{"detail": {"tags": ["b"]}}""", true)]
    [InlineData("""{"detail": {"tags": ["c"]}}""", false)]
    [InlineData("""{"detail": {"arn": [{"suffix": ":cluster/prod"}]}}""", true)]
    [InlineData("""{"detail": {"arn": [{"suffix": ":cluster/batch"}, {"suffix": ":cluster/prod"}]}}""", true)]
    [InlineData("""{"detail": {"arn": [{"suffix": ":cluster/batch"}]}}""", false)]
    [InlineData("""{"detail": {"arn": [{"prefix": "arn:aws:ecs:"}]}}""", true)]
    [InlineData("""{"detail": {"count": [{"numeric": ["=", 0]}]}}""", true)]
    [InlineData("""{"detail": {"count": [{"numeric": [">", 0, "<=", 5]}]}}""", false)]
    [InlineData("""{"detail": {"count": [0]}}""", true)]
    [InlineData("""{"detail": {"count": ["0"]}}""", false)]
    [InlineData("""{"detail": {"status": [{"anything-but": ["DRAINING"]}]}}""", true)]
    [InlineData("""{"detail": {"status": [{"anything-but": "ACTIVE"}]}}""", false)]
    [InlineData("""{"detail": {"nothing": [null]}}""", true)]
    public void Matches_as_eventbridge_documents(string pattern, bool expected)
    {
        Assert.Equal(expected, EventPatternMatcher.Matches(JsonNode.Parse(pattern)!.AsObject(), JsonNode.Parse(Event)));
    }

    [Theory]
    [InlineData("""{"detail": {"missing": [{"numeric": ["=", 0]}]}}""", false)]
    [InlineData("""{"detail": {"missing": [{"suffix": "x"}]}}""", false)]
    [InlineData("""{"detail": {"missing": ["x"]}}""", false)]
    [InlineData("""{"detail": {"missing": [null]}}""", false)]
    [InlineData("""{"detail": {"missing": [{"exists": false}]}}""", true)]
    [InlineData("""{"detail": {"missing": [{"exists": true}]}}""", false)]
    [InlineData("""{"detail": {"status": [{"exists": true}]}}""", true)]
    [InlineData("""{"missing": {"status": ["ACTIVE"]}}""", false)]
    public void A_missing_field_matches_only_exists_false(string pattern, bool expected)
    {
        Assert.Equal(expected, EventPatternMatcher.Matches(JsonNode.Parse(pattern)!.AsObject(), JsonNode.Parse(Event)));
    }

    [Theory]
    [InlineData("""{"detail": {"status": [{"wildcard": "A*"}]}}""")]
    [InlineData("""{"detail": {"status": "ACTIVE"}}""")]
    public void Syntax_outside_the_subset_is_refused(string pattern)
    {
        Assert.Throws<NotSupportedException>(() => EventPatternMatcher.Matches(JsonNode.Parse(pattern)!.AsObject(), JsonNode.Parse(Event)));
    }
}
