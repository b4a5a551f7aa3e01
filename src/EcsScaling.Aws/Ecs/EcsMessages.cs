namespace EcsScaling.Aws.Ecs;

// ECS requests and responses, one pair per operation, in the order of EcsOperations.
public sealed record DescribeClustersRequest(List<string> Clusters, List<string> Include);

public sealed record DescribeClustersResponse(List<EcsCluster>? Clusters, List<EcsFailure>? Failures);

public sealed record ListContainerInstancesRequest(string Cluster, string? Filter, string? Status, string? NextToken, int? MaxResults);

public sealed record ListContainerInstancesResponse(List<string>? ContainerInstanceArns, string? NextToken);

public sealed record DescribeContainerInstancesRequest(string Cluster, List<string> ContainerInstances);

public sealed record DescribeContainerInstancesResponse(List<EcsContainerInstance>? ContainerInstances, List<EcsFailure>? Failures);

public sealed record UpdateContainerInstancesStateRequest(string Cluster, List<string> ContainerInstances, string Status);

public sealed record UpdateContainerInstancesStateResponse(List<EcsContainerInstance>? ContainerInstances, List<EcsFailure>? Failures);

public sealed record ListTasksRequest(string Cluster, string? ContainerInstance, string? ServiceName, string DesiredStatus, string? NextToken, int? MaxResults);

public sealed record ListTasksResponse(List<string>? TaskArns, string? NextToken);

public sealed record DescribeTasksRequest(string Cluster, List<string> Tasks);

public sealed record DescribeTasksResponse(List<EcsTaskShape>? Tasks, List<EcsFailure>? Failures);

public sealed record StopTaskRequest(string Cluster, string Task, string Reason);

public sealed record StopTaskResponse(EcsTaskShape? Task);

public sealed record GetTaskProtectionRequest(string Cluster, List<string> Tasks);

public sealed record GetTaskProtectionResponse(List<EcsProtectedTask>? ProtectedTasks, List<EcsFailure>? Failures);

public sealed record ListServicesRequest(string Cluster, string? NextToken, int? MaxResults);

public sealed record ListServicesResponse(List<string>? ServiceArns, string? NextToken);

public sealed record DescribeServicesRequest(string Cluster, List<string> Services, List<string> Include);

public sealed record DescribeServicesResponse(List<EcsServiceShape>? Services, List<EcsFailure>? Failures);

public sealed record PutAttributesRequest(string Cluster, List<EcsAttribute> Attributes);

public sealed record DeleteAttributesRequest(string Cluster, List<EcsAttribute> Attributes);

public sealed record AttributesResponse(List<EcsAttribute>? Attributes, string? NextToken);

public sealed record TagResourceRequest(string ResourceArn, List<EcsTag> Tags);

public sealed record ListTagsForResourceRequest(string ResourceArn);

public sealed record ListTagsForResourceResponse(List<EcsTag>? Tags);

/// <summary>Operations whose answer we do not read.</summary>
public sealed record EmptyResponse;
