using System.Text.Json;
using EcsScaling.Aws.Wire;
using static EcsScaling.Aws.Ecs.EcsShapesJson;

namespace EcsScaling.Aws.Ecs;

/// <summary>
/// ECS requests written and responses read (camelCase), in the order of EcsMessages. A request
/// writes its members only (JsonOperation adds the braces); null members are left out.
/// </summary>
internal static class EcsMessagesJson
{
    private static readonly EmptyResponse Empty = new();

    public static void Write(Utf8JsonWriter w, DescribeClustersRequest r) => w.Strings("clusters", r.Clusters).Strings("include", r.Include);

    public static DescribeClustersResponse ReadDescribeClusters(JsonElement e) => new(e.Array("clusters", ReadCluster), e.Array("failures", ReadFailure));

    public static void Write(Utf8JsonWriter w, ListContainerInstancesRequest r) =>
        w.String("cluster", r.Cluster).String("filter", r.Filter).String("status", r.Status).String("nextToken", r.NextToken).Number("maxResults", r.MaxResults);

    public static ListContainerInstancesResponse ReadListContainerInstances(JsonElement e) => new(e.Strings("containerInstanceArns"), e.String("nextToken"));

    public static void Write(Utf8JsonWriter w, DescribeContainerInstancesRequest r) => w.String("cluster", r.Cluster).Strings("containerInstances", r.ContainerInstances);

    public static DescribeContainerInstancesResponse ReadDescribeContainerInstances(JsonElement e) =>
        new(e.Array("containerInstances", ReadContainerInstance), e.Array("failures", ReadFailure));

    public static void Write(Utf8JsonWriter w, UpdateContainerInstancesStateRequest r) =>
        w.String("cluster", r.Cluster).Strings("containerInstances", r.ContainerInstances).String("status", r.Status);

    public static UpdateContainerInstancesStateResponse ReadUpdateContainerInstancesState(JsonElement e) =>
        new(e.Array("containerInstances", ReadContainerInstance), e.Array("failures", ReadFailure));

    public static void Write(Utf8JsonWriter w, ListTasksRequest r) =>
        w.String("cluster", r.Cluster).String("containerInstance", r.ContainerInstance).String("serviceName", r.ServiceName)
            .String("desiredStatus", r.DesiredStatus).String("nextToken", r.NextToken).Number("maxResults", r.MaxResults);

    public static ListTasksResponse ReadListTasks(JsonElement e) => new(e.Strings("taskArns"), e.String("nextToken"));

    public static void Write(Utf8JsonWriter w, DescribeTasksRequest r) => w.String("cluster", r.Cluster).Strings("tasks", r.Tasks);

    public static DescribeTasksResponse ReadDescribeTasks(JsonElement e) => new(e.Array("tasks", ReadTask), e.Array("failures", ReadFailure));

    public static void Write(Utf8JsonWriter w, StopTaskRequest r) => w.String("cluster", r.Cluster).String("task", r.Task).String("reason", r.Reason);

    public static StopTaskResponse ReadStopTask(JsonElement e) => new(e.Object("task", ReadTask));

    public static void Write(Utf8JsonWriter w, GetTaskProtectionRequest r) => w.String("cluster", r.Cluster).Strings("tasks", r.Tasks);

    public static GetTaskProtectionResponse ReadGetTaskProtection(JsonElement e) => new(e.Array("protectedTasks", ReadProtectedTask), e.Array("failures", ReadFailure));

    public static void Write(Utf8JsonWriter w, ListServicesRequest r) => w.String("cluster", r.Cluster).String("nextToken", r.NextToken).Number("maxResults", r.MaxResults);

    public static ListServicesResponse ReadListServices(JsonElement e) => new(e.Strings("serviceArns"), e.String("nextToken"));

    public static void Write(Utf8JsonWriter w, DescribeServicesRequest r) => w.String("cluster", r.Cluster).Strings("services", r.Services).Strings("include", r.Include);

    public static DescribeServicesResponse ReadDescribeServices(JsonElement e) => new(e.Array("services", ReadService), e.Array("failures", ReadFailure));

    public static void Write(Utf8JsonWriter w, PutAttributesRequest r) => w.String("cluster", r.Cluster).Objects("attributes", r.Attributes, WriteAttribute);

    public static void Write(Utf8JsonWriter w, DeleteAttributesRequest r) => w.String("cluster", r.Cluster).Objects("attributes", r.Attributes, WriteAttribute);

    public static AttributesResponse ReadAttributes(JsonElement e) => new(e.Array("attributes", ReadAttribute), e.String("nextToken"));

    public static void Write(Utf8JsonWriter w, TagResourceRequest r) => w.String("resourceArn", r.ResourceArn).Objects("tags", r.Tags, WriteTag);

    public static void Write(Utf8JsonWriter w, ListTagsForResourceRequest r) => w.String("resourceArn", r.ResourceArn);

    public static ListTagsForResourceResponse ReadListTagsForResource(JsonElement e) => new(e.Array("tags", ReadTag));

    /// <summary>The answer is not read, but like every answer it must be one JSON object (JsonOperation checks).</summary>
    public static EmptyResponse ReadEmpty(JsonElement _) => Empty;
}
