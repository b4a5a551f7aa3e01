using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.ServiceModel;

/// <summary>Our services and operations under the names botocore's models use.</summary>
public static class BotocoreNames
{
    private static readonly Dictionary<AwsService, string> Services = new()
    {
        [AwsService.Ecs] = "ecs",
        [AwsService.ApplicationAutoScaling] = "application-autoscaling",
        [AwsService.AutoScaling] = "autoscaling",
        [AwsService.LoadBalancing] = "elbv2",
        [AwsService.CloudWatch] = "cloudwatch",
    };

    public static string Service(AwsService service) =>
        Services.TryGetValue(service, out var name)
            ? name
            : throw new ArgumentException($"No botocore service name for '{service.ServiceId}': add it to {nameof(BotocoreNames)}.", nameof(service));

    public static string Protocol(AwsService service) => service.Protocol switch
    {
        WireProtocol.AwsJson11 => "json",
        WireProtocol.AwsQuery => "query",
        _ => throw new ArgumentException($"No botocore protocol name for {service.Protocol}.", nameof(service)),
    };
}
