using System.Globalization;
using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Model;

namespace EcsScaling.Aws.Ecs;

/// <summary>
/// The objects of ECS answers (camelCase), read member by member straight into Core records; see
/// JsonOperation for why by hand and JsonElementMembers for the rules (absent → null / 0, unknown
/// ignored, a read member of the wrong kind malformed at its path). Only the members Core keeps
/// are read. ECS timestamps are epoch seconds with a fraction.
/// </summary>
internal static class EcsJson
{
    public static Cluster Cluster(JsonElement e) => new(
        e.String("clusterArn") ?? string.Empty,
        e.String("clusterName") ?? string.Empty,
        e.String("status") ?? string.Empty,
        e.Int32("registeredContainerInstancesCount"),
        e.Int32("runningTasksCount"),
        e.Int32("pendingTasksCount"),
        Tags(e))
    {
        CapacityProviders = e.Strings("capacityProviders") ?? [],
    };

    /// <summary>
    /// A capacity provider: the group of its autoScalingGroupProvider (absent for Fargate and managed instances) and
    /// which managed features are ENABLED (managedScaling.status, managedTerminationProtection, managedDraining).
    /// </summary>
    public static CapacityProvider CapacityProvider(JsonElement e)
    {
        var provider = new CapacityProvider(e.String("name") ?? string.Empty, e.String("status") ?? string.Empty, null, false, false, false);
        e.InObject("autoScalingGroupProvider", g =>
        {
            var scaling = false;
            g.InObject("managedScaling", m => scaling = Enabled(m.String("status")));
            provider = provider with
            {
                AutoScalingGroupName = g.String("autoScalingGroupArn") is { } arn ? Core.Model.CapacityProvider.GroupNameOf(arn) : null,
                ManagedScaling = scaling,
                ManagedTerminationProtection = Enabled(g.String("managedTerminationProtection")),
                ManagedDraining = Enabled(g.String("managedDraining")),
            };
        });
        return provider;
    }

    /// <summary>
    /// DescribeContainerInstances does not answer the cluster ARN: ClusterArn is left empty for the
    /// gateway, which knows the cluster asked (EcsArns).
    /// </summary>
    public static ContainerInstance ContainerInstance(JsonElement e) => new(
        e.String("containerInstanceArn") ?? string.Empty,
        string.Empty,
        e.String("ec2InstanceId") ?? string.Empty,
        ContainerInstanceStatusText.Wire.Parse(e.String("status")),
        e.Boolean("agentConnected"),
        Resources(e, "registeredResources"),
        Resources(e, "remainingResources"),
        e.Int32("runningTasksCount"),
        e.Int32("pendingTasksCount"),
        Attributes(e),
        Time(e.DoubleOrNull("registeredAt")));

    public static EcsTask Task(JsonElement e) => new(
        e.String("taskArn") ?? string.Empty,
        e.String("clusterArn") ?? string.Empty,
        e.String("containerInstanceArn"),
        e.String("taskDefinitionArn") ?? string.Empty,
        e.String("group") ?? string.Empty,
        e.String("lastStatus") ?? string.Empty,
        e.String("desiredStatus") ?? string.Empty,
        e.String("startedBy"),
        e.String("launchType"),
        new Resources(Int(e.String("cpu")), Int(e.String("memory"))),
        Time(e.DoubleOrNull("createdAt")),
        Time(e.DoubleOrNull("startedAt")),
        Time(e.DoubleOrNull("stoppedAt")),
        e.String("stopCode"),
        e.String("stoppedReason"),
        e.String("availabilityZone"),
        Endpoints(e));

    /// <summary>Without a deployment configuration ECS's defaults apply (100 % / 200 %); more than one deployment is a rollout.</summary>
    public static EcsService Service(JsonElement e)
    {
        var (arn, name, clusterArn) = (e.String("serviceArn") ?? string.Empty, e.String("serviceName") ?? string.Empty, e.String("clusterArn") ?? string.Empty);
        var scheduling = e.String("schedulingStrategy") ?? SchedulingStrategy.Replica;
        var (desired, running, pending) = (e.Int32("desiredCount"), e.Int32("runningCount"), e.Int32("pendingCount"));
        int? minimumHealthy = null, maximum = null;
        e.InObject("deploymentConfiguration", d => (minimumHealthy, maximum) = (d.Int32OrNull("minimumHealthyPercent"), d.Int32OrNull("maximumPercent")));
        var taskDefinition = e.String("taskDefinition") ?? string.Empty;
        var strategies = e.Array("placementStrategy", p => new PlacementStrategy(p.String("type") ?? string.Empty, p.String("field")));
        var constraints = e.Array("placementConstraints", p => new PlacementConstraint(p.String("type") ?? string.Empty, p.String("expression")));
        var loadBalancers = e.Array("loadBalancers", l => new ServiceLoadBalancer(l.String("targetGroupArn"), l.String("containerName"), l.Int32OrNull("containerPort")));
        var deployments = 0;
        e.EachItem("deployments", _ => deployments++);
        return new EcsService(
            arn, name, clusterArn, scheduling, desired, running, pending, minimumHealthy ?? 100, maximum ?? 200, taskDefinition,
            strategies ?? [], constraints ?? [], loadBalancers ?? [], deployments, Tags(e));
    }

    /// <summary>The "tags" of a cluster, a service or a ListTagsForResource answer; a keyless tag is skipped, the last of a key wins.</summary>
    private static bool Enabled(string? status) => string.Equals(status, "ENABLED", StringComparison.Ordinal);

    public static IReadOnlyDictionary<string, string> Tags(JsonElement owner)
    {
        var tags = new Dictionary<string, string>();
        owner.EachItem("tags", t =>
        {
            var (key, value) = (t.String("key"), t.String("value"));
            if (key is not null)
            {
                tags[key] = value ?? string.Empty;
            }
        });
        return tags;
    }

    /// <summary>A nameless attribute (moto sends one in UpdateContainerInstancesState answers) cannot be a key: skipped; the last of a name wins.</summary>
    private static Dictionary<string, string?> Attributes(JsonElement instance)
    {
        var attributes = new Dictionary<string, string?>();
        instance.EachItem("attributes", a =>
        {
            var (name, value) = (a.String("name"), a.String("value"));
            if (name is not null)
            {
                attributes[name] = value;
            }
        });
        return attributes;
    }

    /// <summary>CPU and MEMORY of a resource list (the first of each name counts); integerValue, else longValue, else doubleValue.</summary>
    private static Resources Resources(JsonElement instance, string listName)
    {
        int? cpu = null, memory = null;
        instance.EachItem(listName, r =>
        {
            var name = r.String("name");
            var value = r.Int32OrNull("integerValue") ?? (int)(r.Int64OrNull("longValue") ?? (long)(r.DoubleOrNull("doubleValue") ?? 0));
            if (name == "CPU")
            {
                cpu ??= value;
            }
            else if (name == "MEMORY")
            {
                memory ??= value;
            }
        });
        return new Resources(cpu ?? 0, memory ?? 0);
    }

    /// <summary>Host-port bindings (bridge/host mode), then ENI addresses (awsvpc), container by container.</summary>
    private static List<TaskEndpoint> Endpoints(JsonElement task)
    {
        var endpoints = new List<TaskEndpoint>();
        task.EachItem("containers", c =>
        {
            var name = c.String("name");
            c.EachItem("networkBindings", b => endpoints.Add(new TaskEndpoint(null, b.Int32OrNull("hostPort"), b.Int32OrNull("containerPort"), name)));
            c.EachItem("networkInterfaces", n =>
            {
                if (n.String("privateIpv4Address") is { } ip)
                {
                    endpoints.Add(new TaskEndpoint(ip, null, null, name));
                }
            });
        });
        return endpoints;
    }

    /// <summary>Task cpu/memory are strings ("256", or "1 vCPU" / "2 GB" as submitted): only the numeric form is counted.</summary>
    private static int Int(string? value) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static DateTimeOffset? Time(double? epochSeconds) =>
        epochSeconds is { } s ? DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(s * 1000)) : null;
}
