using System.Text.Json.Nodes;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>
/// The rules' patterns as CloudFormation renders them (the ECS ones are JSON strings built with
/// !Sub/!Join, since suffix matching on cluster ARNs needs one object per cluster and cfn-lint does
/// not parse such strings), matched against AWS's documented events and our samples.
/// </summary>
public class EventPatternTests
{
    private static readonly Dictionary<string, string> TwoClusters = new(StringComparer.Ordinal) { ["ClusterNames"] = "prod,batch" };

    /// <summary>
    /// The "Container instance state change event" example of the ECS developer guide
    /// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_container_instance_events.html),
    /// cluster renamed to ours: an ACTIVE instance, and no runningTasksCount anywhere.
    /// </summary>
    private const string DocumentedInstanceStateChange = """
        {
          "version": "0",
          "id": "8952ba83-7be2-4ab5-9c32-6687532d15a2",
          "detail-type": "ECS Container Instance State Change",
          "source": "aws.ecs",
          "account": "111122223333",
          "time": "2016-12-06T16:41:06Z",
          "region": "us-east-1",
          "resources": ["arn:aws:ecs:us-east-1:111122223333:container-instance/b54a2a04-046f-4331-9d74-3f6d7f6ca315"],
          "detail": {
            "agentConnected": true,
            "attributes": [{"name": "com.amazonaws.ecs.capability.logging-driver.syslog"}, {"name": "com.amazonaws.ecs.capability.task-iam-role-network-host"}],
            "clusterArn": "arn:aws:ecs:us-east-1:111122223333:cluster/prod",
            "containerInstanceArn": "arn:aws:ecs:us-east-1:111122223333:container-instance/b54a2a04-046f-4331-9d74-3f6d7f6ca315",
            "ec2InstanceId": "i-f3a8506b",
            "registeredResources": [
              {"name": "CPU", "type": "INTEGER", "integerValue": 2048},
              {"name": "MEMORY", "type": "INTEGER", "integerValue": 3767},
              {"name": "PORTS", "type": "STRINGSET", "stringSetValue": ["22", "2376", "2375", "51678", "51679"]},
              {"name": "PORTS_UDP", "type": "STRINGSET", "stringSetValue": []}
            ],
            "remainingResources": [
              {"name": "CPU", "type": "INTEGER", "integerValue": 1988},
              {"name": "MEMORY", "type": "INTEGER", "integerValue": 767},
              {"name": "PORTS", "type": "STRINGSET", "stringSetValue": ["22", "2376", "2375", "51678", "51679"]},
              {"name": "PORTS_UDP", "type": "STRINGSET", "stringSetValue": []}
            ],
            "status": "ACTIVE",
            "version": 14801,
            "versionInfo": {"agentHash": "aebcbca", "agentVersion": "1.13.0", "dockerVersion": "DockerVersion: 1.11.2"},
            "updatedAt": "2016-12-06T16:41:06.991Z"
          }
        }
        """;

    public static TheoryData<string> EcsRules => [.. TemplateRules.Load(TwoClusters).Where(r => (string?)r.EventPattern?["source"]?[0] == "aws.ecs").Select(r => r.LogicalId)];

    [Theory]
    [MemberData(nameof(EcsRules))]
    public void Ecs_rule_filters_on_exactly_our_clusters(string rule)
    {
        var pattern = TemplateRules.Named(rule, TwoClusters).EventPattern!;

        Assert.Equal(new[] { ":cluster/prod", ":cluster/batch" }, pattern["detail"]!["clusterArn"]!.AsArray().Select(s => (string)s!["suffix"]!));
    }

    [Fact]
    public void The_ecs_rules_are_found()
    {
        Assert.Equal(3, EcsRules.Count);
    }

    [Fact]
    public void Readiness_rule_matches_the_documented_active_instance_event()
    {
        var rule = TemplateRules.Named("ContainerInstanceReadyRule", TwoClusters);

        Assert.True(EventPatternMatcher.Matches(rule.EventPattern!, JsonNode.Parse(DocumentedInstanceStateChange)), rule.EventPattern!.ToJsonString());
    }

    [Fact]
    public void Readiness_rule_skips_other_clusters_and_draining_instances()
    {
        var pattern = TemplateRules.Named("ContainerInstanceReadyRule", TwoClusters).EventPattern!;
        var elsewhere = JsonNode.Parse(DocumentedInstanceStateChange)!;
        elsewhere["detail"]!["clusterArn"] = "arn:aws:ecs:us-east-1:111122223333:cluster/default";
        var draining = JsonNode.Parse(DocumentedInstanceStateChange)!;
        draining["detail"]!["status"] = "DRAINING";

        Assert.False(EventPatternMatcher.Matches(pattern, elsewhere));
        Assert.False(EventPatternMatcher.Matches(pattern, draining));
    }

    [Fact]
    public void Draining_rule_matches_the_draining_sample()
    {
        var pattern = TemplateRules.Named("ContainerInstanceDrainingRule", TwoClusters).EventPattern!;

        Assert.True(EventPatternMatcher.Matches(pattern, JsonNode.Parse(Samples.Text("ecs-container-instance-state-change.json"))));
    }
}
