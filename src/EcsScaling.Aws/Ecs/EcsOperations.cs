using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;
using Json = EcsScaling.Aws.Ecs.EcsJson;

namespace EcsScaling.Aws.Ecs;

/// <summary>
/// The ECS operations we call (awsJson1_1, target AmazonEC2ContainerServiceV20141113.&lt;Op&gt;), each
/// with the reader of its answer into Core records (EcsJson); EcsGateway writes each request's
/// members. By hand rather than through source-generated System.Text.Json contracts: each contract
/// type costs kilobytes of generic instantiations in the Native AOT binary (see JsonOperation).
/// </summary>
public static class EcsOperations
{
    public static readonly JsonOperation<IReadOnlyList<Cluster>> DescribeClusters = New<IReadOnlyList<Cluster>>("DescribeClusters", e => e.Array("clusters", Json.Cluster) ?? []);

    public static readonly JsonOperation<IReadOnlyList<CapacityProvider>> DescribeCapacityProviders =
        New<IReadOnlyList<CapacityProvider>>("DescribeCapacityProviders", e => e.Array("capacityProviders", Json.CapacityProvider) ?? []);

    public static readonly JsonOperation<Page<string>> ListContainerInstances = New("ListContainerInstances", e => ArnPage(e, "containerInstanceArns"));

    public static readonly JsonOperation<IReadOnlyList<ContainerInstance>> DescribeContainerInstances =
        New<IReadOnlyList<ContainerInstance>>("DescribeContainerInstances", e => e.Array("containerInstances", Json.ContainerInstance) ?? []);

    /// <summary>The instances' new state is not used: only the failures, which the gateway throws.</summary>
    public static readonly JsonOperation<IReadOnlyList<EcsFailure>> UpdateContainerInstancesState = New("UpdateContainerInstancesState", EcsFailures.Read);

    public static readonly JsonOperation<Page<string>> ListTasks = New("ListTasks", e => ArnPage(e, "taskArns"));

    public static readonly JsonOperation<IReadOnlyList<EcsTask>> DescribeTasks = New<IReadOnlyList<EcsTask>>("DescribeTasks", e => e.Array("tasks", Json.Task) ?? []);

    /// <summary>The stopped task as ECS answers it.</summary>
    public static readonly JsonOperation<EcsTask?> StopTask = New("StopTask", e => e.Object("task", Json.Task));

    /// <summary>The ARNs of the tasks whose protection is enabled.</summary>
    public static readonly JsonOperation<IReadOnlyList<string>> GetTaskProtection = New<IReadOnlyList<string>>("GetTaskProtection", e =>
    {
        var protectedArns = new List<string>();
        e.EachItem("protectedTasks", t =>
        {
            var (arn, enabled) = (t.String("taskArn"), t.Boolean("protectionEnabled"));
            if (enabled && arn is not null)
            {
                protectedArns.Add(arn);
            }
        });
        return protectedArns;
    });

    public static readonly JsonOperation<Page<string>> ListServices = New("ListServices", e => ArnPage(e, "serviceArns"));

    public static readonly JsonOperation<IReadOnlyList<EcsService>> DescribeServices = New<IReadOnlyList<EcsService>>("DescribeServices", e => e.Array("services", Json.Service) ?? []);

    public static readonly JsonOperation<UnreadAnswer> PutAttributes = Unread("PutAttributes");

    public static readonly JsonOperation<UnreadAnswer> DeleteAttributes = Unread("DeleteAttributes");

    public static readonly JsonOperation<UnreadAnswer> TagResource = Unread("TagResource");

    public static readonly JsonOperation<IReadOnlyDictionary<string, string>> ListTagsForResource = New("ListTagsForResource", Json.Tags);

    private static JsonOperation<T> New<T>(string name, Func<JsonElement, T> read) => new(AwsService.Ecs, name, read);

    /// <summary>The answer is not read, but like every answer it must be one JSON object (JsonOperation checks).</summary>
    private static JsonOperation<UnreadAnswer> Unread(string name) => New(name, static _ => UnreadAnswer.Instance);

    private static Page<string> ArnPage(JsonElement e, string listName) => new(e.Strings(listName) ?? [], e.String("nextToken"));
}
