using EcsScaling.Core.Model;
using EcsScaling.Simulation.Ecs;

namespace EcsScaling.Simulation.Gateways;

public sealed partial class SimEcsGateway
{
    /// <summary>GetTaskProtection takes at most 10 tasks per call.</summary>
    public async Task<IReadOnlySet<string>> GetProtectedTaskArnsAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in taskArns.Chunk(10))
        {
            result.UnionWith(await api.CallAsync(Service, "GetTaskProtection", () =>
            {
                var c = Cluster("GetTaskProtection", cluster);
                var now = api.Now;
                return batch.Where(a => c.Tasks.GetValueOrDefault(a)?.ProtectedUntil > now).ToList();
            }, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    public Task<IReadOnlyList<string>> ListServiceArnsAsync(string cluster, CancellationToken cancellationToken) =>
        Paged("ListServices", () => Cluster("ListServices", cluster).Services.Values.Select(s => s.Arn).ToList(), cancellationToken);

    /// <summary>DescribeServices takes at most 10 services per call; unknown ones come back as failures.</summary>
    public async Task<IReadOnlyList<EcsService>> DescribeServicesAsync(string cluster, IReadOnlyList<string> services, CancellationToken cancellationToken)
    {
        var result = new List<EcsService>();
        foreach (var batch in services.Chunk(10))
        {
            result.AddRange(await api.CallAsync(Service, "DescribeServices", () =>
            {
                var c = Cluster("DescribeServices", cluster);
                return batch.Select(s => c.Services.GetValueOrDefault(ServiceName(s))).OfType<SimService>().Select(s => s.ToModel()).ToList();
            }, cancellationToken).ConfigureAwait(false));
        }

        return result;
    }

    public Task PutAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyDictionary<string, string?> attributes, CancellationToken cancellationToken) =>
        api.CallAsync(Service, "PutAttributes", () =>
        {
            var instance = Target("PutAttributes", cluster, containerInstanceArn);
            foreach (var (name, value) in attributes)
            {
                instance.Attributes[name] = value;
            }
        }, cancellationToken);

    public Task DeleteAttributesAsync(string cluster, string containerInstanceArn, IReadOnlyList<string> attributeNames, CancellationToken cancellationToken) =>
        api.CallAsync(Service, "DeleteAttributes", () =>
        {
            var instance = Target("DeleteAttributes", cluster, containerInstanceArn);
            foreach (var name in attributeNames)
            {
                instance.Attributes.Remove(name);
            }
        }, cancellationToken);

    public Task TagResourceAsync(string resourceArn, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken) =>
        api.CallAsync(Service, "TagResource", () =>
        {
            var target = TagsOf("TagResource", resourceArn);
            foreach (var (key, value) in tags)
            {
                target[key] = value;
            }
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> ListTagsAsync(string resourceArn, CancellationToken cancellationToken) =>
        api.CallAsync<IReadOnlyDictionary<string, string>>(Service, "ListTagsForResource",
            () => new Dictionary<string, string>(TagsOf("ListTagsForResource", resourceArn), StringComparer.Ordinal), cancellationToken);

    private Dictionary<string, string> TagsOf(string operation, string arn) =>
        ecs.Clusters.Values.FirstOrDefault(c => c.Arn == arn)?.Tags
        ?? ecs.Clusters.Values.SelectMany(c => c.Services.Values).FirstOrDefault(s => s.Arn == arn)?.Tags
        ?? throw api.Error(Service, operation, "InvalidParameterException", $"The specified resource is not found: {arn}");

    private SimService FindService(string operation, string cluster, string service) =>
        Cluster(operation, cluster).Services.GetValueOrDefault(ServiceName(service))
        ?? throw api.Error(Service, operation, "ServiceNotFoundException", $"Service not found: {service}");

    private SimContainerInstance Target(string operation, string cluster, string containerInstanceArn) =>
        Cluster(operation, cluster).Instances.GetValueOrDefault(containerInstanceArn)
        ?? throw api.Error(Service, operation, "TargetNotFoundException", $"Could not find {containerInstanceArn}");
}
