using EcsScaling.Aws.Wire;
using Json = EcsScaling.Aws.Ecs.EcsMessagesJson;

namespace EcsScaling.Aws.Ecs;

/// <summary>
/// The ECS operations we call (awsJson1_1, target AmazonEC2ContainerServiceV20141113.&lt;Op&gt;).
/// Their bodies are written and read by hand (EcsMessagesJson) instead of source-generated
/// System.Text.Json contracts: each contract type costs kilobytes of generic instantiations in
/// the Native AOT binary, ~560 KB over these shapes (issue #2, P5: binary size; see JsonOperation).
/// </summary>
public static class EcsOperations
{
    private static readonly AwsService Ecs = AwsService.Ecs;

    public static readonly JsonOperation<DescribeClustersRequest, DescribeClustersResponse> DescribeClusters = new(Ecs, "DescribeClusters", Json.Write, Json.ReadDescribeClusters);
    public static readonly JsonOperation<ListContainerInstancesRequest, ListContainerInstancesResponse> ListContainerInstances = new(Ecs, "ListContainerInstances", Json.Write, Json.ReadListContainerInstances);
    public static readonly JsonOperation<DescribeContainerInstancesRequest, DescribeContainerInstancesResponse> DescribeContainerInstances = new(Ecs, "DescribeContainerInstances", Json.Write, Json.ReadDescribeContainerInstances);
    public static readonly JsonOperation<UpdateContainerInstancesStateRequest, UpdateContainerInstancesStateResponse> UpdateContainerInstancesState = new(Ecs, "UpdateContainerInstancesState", Json.Write, Json.ReadUpdateContainerInstancesState);
    public static readonly JsonOperation<ListTasksRequest, ListTasksResponse> ListTasks = new(Ecs, "ListTasks", Json.Write, Json.ReadListTasks);
    public static readonly JsonOperation<DescribeTasksRequest, DescribeTasksResponse> DescribeTasks = new(Ecs, "DescribeTasks", Json.Write, Json.ReadDescribeTasks);
    public static readonly JsonOperation<StopTaskRequest, StopTaskResponse> StopTask = new(Ecs, "StopTask", Json.Write, Json.ReadStopTask);
    public static readonly JsonOperation<GetTaskProtectionRequest, GetTaskProtectionResponse> GetTaskProtection = new(Ecs, "GetTaskProtection", Json.Write, Json.ReadGetTaskProtection);
    public static readonly JsonOperation<ListServicesRequest, ListServicesResponse> ListServices = new(Ecs, "ListServices", Json.Write, Json.ReadListServices);
    public static readonly JsonOperation<DescribeServicesRequest, DescribeServicesResponse> DescribeServices = new(Ecs, "DescribeServices", Json.Write, Json.ReadDescribeServices);
    public static readonly JsonOperation<PutAttributesRequest, AttributesResponse> PutAttributes = new(Ecs, "PutAttributes", Json.Write, Json.ReadAttributes);
    public static readonly JsonOperation<DeleteAttributesRequest, AttributesResponse> DeleteAttributes = new(Ecs, "DeleteAttributes", Json.Write, Json.ReadAttributes);
    public static readonly JsonOperation<TagResourceRequest, EmptyResponse> TagResource = new(Ecs, "TagResource", Json.Write, Json.ReadEmpty);
    public static readonly JsonOperation<ListTagsForResourceRequest, ListTagsForResourceResponse> ListTagsForResource = new(Ecs, "ListTagsForResource", Json.Write, Json.ReadListTagsForResource);
}
