namespace EcsScaling.Aws.Ecs;

/// <summary>Per-call limits of the ECS API (see the API reference of each operation).</summary>
public static class EcsLimits
{
    public const int DescribeTasks = 100;
    public const int DescribeContainerInstances = 100;
    public const int DescribeServices = 10;
    public const int DescribeClusters = 100;
    public const int UpdateContainerInstancesState = 10;
    public const int GetTaskProtection = 10;
    public const int PutAttributes = 10;
    public const int DeleteAttributes = 10;
    public const int ListPageSize = 100;
}
