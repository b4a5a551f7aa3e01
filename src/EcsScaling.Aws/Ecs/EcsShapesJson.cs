using System.Text.Json;
using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Ecs;

/// <summary>
/// The ECS shapes on the wire (camelCase), read member by member; see JsonOperation for why these
/// are hand-written and JsonElementMembers for the rules (absent → null / 0, unknown ignored).
/// </summary>
internal static class EcsShapesJson
{
    public static EcsTag ReadTag(JsonElement e) => new(e.String("key"), e.String("value"));

    public static void WriteTag(Utf8JsonWriter w, EcsTag tag) => w.String("key", tag.Key).String("value", tag.Value);

    public static EcsFailure ReadFailure(JsonElement e) => new(e.String("arn"), e.String("reason"), e.String("detail"));

    public static EcsResource ReadResource(JsonElement e) =>
        new(e.String("name"), e.String("type"), e.Int32OrNull("integerValue"), e.DoubleOrNull("doubleValue"), e.Int64OrNull("longValue"));

    /// <summary>Like the former contract, a nameless attribute reads with a null name (moto sends one); EcsMapping skips it.</summary>
    public static EcsAttribute ReadAttribute(JsonElement e) => new(e.String("name")!, e.String("value"), e.String("targetType"), e.String("targetId"));

    public static void WriteAttribute(Utf8JsonWriter w, EcsAttribute a) =>
        w.String("name", a.Name).String("value", a.Value).String("targetType", a.TargetType).String("targetId", a.TargetId);

    public static EcsCluster ReadCluster(JsonElement e) => new(
        e.String("clusterArn"),
        e.String("clusterName"),
        e.String("status"),
        e.Int32("registeredContainerInstancesCount"),
        e.Int32("runningTasksCount"),
        e.Int32("pendingTasksCount"),
        e.Array("tags", ReadTag));

    public static EcsContainerInstance ReadContainerInstance(JsonElement e) => new(
        e.String("containerInstanceArn"),
        e.String("ec2InstanceId"),
        e.String("status"),
        e.Boolean("agentConnected"),
        e.Array("registeredResources", ReadResource),
        e.Array("remainingResources", ReadResource),
        e.Int32("runningTasksCount"),
        e.Int32("pendingTasksCount"),
        e.Array("attributes", ReadAttribute),
        e.DoubleOrNull("registeredAt"));

    public static EcsTaskShape ReadTask(JsonElement e) => new(
        e.String("taskArn"),
        e.String("clusterArn"),
        e.String("containerInstanceArn"),
        e.String("taskDefinitionArn"),
        e.String("group"),
        e.String("lastStatus"),
        e.String("desiredStatus"),
        e.String("startedBy"),
        e.String("launchType"),
        e.String("cpu"),
        e.String("memory"),
        e.DoubleOrNull("createdAt"),
        e.DoubleOrNull("startedAt"),
        e.DoubleOrNull("stoppedAt"),
        e.String("stopCode"),
        e.String("stoppedReason"),
        e.String("availabilityZone"),
        e.Array("containers", ReadContainer));

    public static EcsProtectedTask ReadProtectedTask(JsonElement e) => new(e.String("taskArn"), e.Boolean("protectionEnabled"));

    public static EcsServiceShape ReadService(JsonElement e) => new(
        e.String("serviceArn"),
        e.String("serviceName"),
        e.String("clusterArn"),
        e.String("schedulingStrategy"),
        e.Int32("desiredCount"),
        e.Int32("runningCount"),
        e.Int32("pendingCount"),
        e.Object("deploymentConfiguration", d => new EcsDeploymentConfiguration(d.Int32OrNull("minimumHealthyPercent"), d.Int32OrNull("maximumPercent"))),
        e.String("taskDefinition"),
        e.Array("placementStrategy", p => new EcsPlacementStrategy(p.String("type"), p.String("field"))),
        e.Array("placementConstraints", p => new EcsPlacementConstraint(p.String("type"), p.String("expression"))),
        e.Array("loadBalancers", l => new EcsLoadBalancer(l.String("targetGroupArn"), l.String("containerName"), l.Int32OrNull("containerPort"))),
        e.Array("deployments", d => new EcsDeployment(d.String("id"), d.String("status"))),
        e.Array("tags", ReadTag));

    private static EcsContainer ReadContainer(JsonElement e) => new(
        e.String("name"),
        e.Array("networkBindings", b => new EcsNetworkBinding(b.String("bindIP"), b.Int32OrNull("containerPort"), b.Int32OrNull("hostPort"))),
        e.Array("networkInterfaces", n => new EcsNetworkInterface(n.String("privateIpv4Address"))));
}
