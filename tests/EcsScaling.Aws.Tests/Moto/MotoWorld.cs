using System.Diagnostics;
using System.Text.Json;

namespace EcsScaling.Aws.Tests.Moto;

/// <summary>The ids seeded by moto_seed.py into one region (Cluster "main"): a cluster of three instances of an Auto Scaling group, 12 services, 3 standalone tasks, a target group, an alarm.</summary>
public sealed record MotoWorld(
    string ClusterArn,
    IReadOnlyList<string> InstanceIds,
    IReadOnlyDictionary<string, string> ContainerInstances,
    string TaskDefinitionArn,
    IReadOnlyList<string> ServiceArns,
    IReadOnlyList<string> TaskArns,
    string TargetGroupArn)
{
    public const string Cluster = "main";
    public const string GroupName = "ecs-asg";
    public const string HookName = "drain-hook";
    public const string AlarmName = "imbalance-high";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Seeds all regions in one python process (importing boto3 dominates the cost).</summary>
    internal static IReadOnlyDictionary<string, MotoWorld> Seed(MotoServer moto, IReadOnlyList<string> regions)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Moto", "moto_seed.py");
        using var python = Process.Start(new ProcessStartInfo("python3", [script, moto.Endpoint.AbsoluteUri, .. regions])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = python.StandardError.ReadToEndAsync();
        var stdout = python.StandardOutput.ReadToEnd();
        python.WaitForExit();
        if (python.ExitCode != 0)
        {
            throw new InvalidOperationException($"moto_seed.py failed ({python.ExitCode}): {stderr.Result}");
        }

        return JsonSerializer.Deserialize<Dictionary<string, MotoWorld>>(stdout, Json) ?? throw new InvalidOperationException("moto_seed.py printed null");
    }
}
