namespace EcsScaling.Aws.Ecs;

/// <summary>
/// DescribeContainerInstances does not return the cluster ARN, and callers may pass a cluster name:
/// derive it from the long-format container instance ARN (…:container-instance/&lt;cluster&gt;/&lt;id&gt;).
/// </summary>
public static class EcsArns
{
    private const string InstanceMarker = ":container-instance/";

    public static string ClusterArn(string cluster, string? containerInstanceArn)
    {
        if (cluster.StartsWith("arn:", StringComparison.Ordinal) || containerInstanceArn is null)
        {
            return cluster;
        }

        var marker = containerInstanceArn.IndexOf(InstanceMarker, StringComparison.Ordinal);
        return marker < 0 ? cluster : $"{containerInstanceArn[..marker]}:cluster/{cluster}";
    }
}
