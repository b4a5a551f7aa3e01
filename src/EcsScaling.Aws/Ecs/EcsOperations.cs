using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Ecs;

/// <summary>The ECS operations we call (awsJson1_1, target AmazonEC2ContainerServiceV20141113.&lt;Op&gt;).</summary>
public static class EcsOperations
{
    private static readonly EcsJsonContext Json = EcsJsonContext.Default;

    public static readonly JsonOperation<ListClustersRequest, ListClustersResponse> ListClusters = New("ListClusters", Json.ListClustersRequest, Json.ListClustersResponse);
    public static readonly JsonOperation<DescribeClustersRequest, DescribeClustersResponse> DescribeClusters = New("DescribeClusters", Json.DescribeClustersRequest, Json.DescribeClustersResponse);
    public static readonly JsonOperation<ListContainerInstancesRequest, ListContainerInstancesResponse> ListContainerInstances = New("ListContainerInstances", Json.ListContainerInstancesRequest, Json.ListContainerInstancesResponse);
    public static readonly JsonOperation<DescribeContainerInstancesRequest, DescribeContainerInstancesResponse> DescribeContainerInstances = New("DescribeContainerInstances", Json.DescribeContainerInstancesRequest, Json.DescribeContainerInstancesResponse);
    public static readonly JsonOperation<UpdateContainerInstancesStateRequest, UpdateContainerInstancesStateResponse> UpdateContainerInstancesState = New("UpdateContainerInstancesState", Json.UpdateContainerInstancesStateRequest, Json.UpdateContainerInstancesStateResponse);
    public static readonly JsonOperation<ListTasksRequest, ListTasksResponse> ListTasks = New("ListTasks", Json.ListTasksRequest, Json.ListTasksResponse);
    public static readonly JsonOperation<DescribeTasksRequest, DescribeTasksResponse> DescribeTasks = New("DescribeTasks", Json.DescribeTasksRequest, Json.DescribeTasksResponse);
    public static readonly JsonOperation<StopTaskRequest, StopTaskResponse> StopTask = New("StopTask", Json.StopTaskRequest, Json.StopTaskResponse);
    public static readonly JsonOperation<GetTaskProtectionRequest, GetTaskProtectionResponse> GetTaskProtection = New("GetTaskProtection", Json.GetTaskProtectionRequest, Json.GetTaskProtectionResponse);
    public static readonly JsonOperation<ListServicesRequest, ListServicesResponse> ListServices = New("ListServices", Json.ListServicesRequest, Json.ListServicesResponse);
    public static readonly JsonOperation<DescribeServicesRequest, DescribeServicesResponse> DescribeServices = New("DescribeServices", Json.DescribeServicesRequest, Json.DescribeServicesResponse);
    public static readonly JsonOperation<UpdateServiceRequest, UpdateServiceResponse> UpdateService = New("UpdateService", Json.UpdateServiceRequest, Json.UpdateServiceResponse);
    public static readonly JsonOperation<PutAttributesRequest, AttributesResponse> PutAttributes = New("PutAttributes", Json.PutAttributesRequest, Json.AttributesResponse);
    public static readonly JsonOperation<ListAttributesRequest, AttributesResponse> ListAttributes = New("ListAttributes", Json.ListAttributesRequest, Json.AttributesResponse);
    public static readonly JsonOperation<DeleteAttributesRequest, AttributesResponse> DeleteAttributes = New("DeleteAttributes", Json.DeleteAttributesRequest, Json.AttributesResponse);
    public static readonly JsonOperation<DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse> DescribeTaskDefinition = New("DescribeTaskDefinition", Json.DescribeTaskDefinitionRequest, Json.DescribeTaskDefinitionResponse);
    public static readonly JsonOperation<TagResourceRequest, EmptyResponse> TagResource = New("TagResource", Json.TagResourceRequest, Json.EmptyResponse);
    public static readonly JsonOperation<ListTagsForResourceRequest, ListTagsForResourceResponse> ListTagsForResource = New("ListTagsForResource", Json.ListTagsForResourceRequest, Json.ListTagsForResourceResponse);

    private static JsonOperation<TRequest, TResponse> New<TRequest, TResponse>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TRequest> request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<TResponse> response) =>
        new(AwsService.Ecs, name, request, response);
}
