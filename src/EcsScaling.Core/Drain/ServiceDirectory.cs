using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>Describes the services behind a set of tasks (one DescribeServices per 10 names, batched by the gateway).</summary>
public sealed class ServiceDirectory(DrainContext context)
{
    public async Task<IReadOnlyDictionary<string, EcsService>> ForTasksAsync(string cluster, IEnumerable<EcsTask> tasks, CancellationToken cancellationToken)
    {
        var names = tasks.Select(t => t.ServiceName).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length == 0)
        {
            return new Dictionary<string, EcsService>(StringComparer.Ordinal);
        }

        return (await context.Gateways.Ecs.DescribeServicesAsync(cluster, names, cancellationToken)).ToDictionary(s => s.Name, StringComparer.Ordinal);
    }

    public static bool IsDaemon(EcsTask task, IReadOnlyDictionary<string, EcsService> services) =>
        task.ServiceName is { } name && services.TryGetValue(name, out var service) && service.IsDaemon;

    public async Task<IReadOnlyList<EcsTask>> DescribeAsync(string cluster, IReadOnlyList<string> taskArns, CancellationToken cancellationToken) =>
        taskArns.Count == 0 ? [] : await context.Gateways.Ecs.DescribeTasksAsync(cluster, taskArns, cancellationToken);
}
