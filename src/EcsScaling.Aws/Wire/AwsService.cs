namespace EcsScaling.Aws.Wire;

public enum WireProtocol
{
    /// <summary>POST of a JSON document, operation in X-Amz-Target.</summary>
    AwsJson11,

    /// <summary>POST of a form (Action, Version, parameters), XML answer.</summary>
    AwsQuery,
}

/// <summary>
/// One AWS service as the wire sees it. ServiceId is the SDK's service id, which names the
/// AWS_ENDPOINT_URL_&lt;SERVICE&gt; variable; IamPrefix differs from the signing name for CloudWatch.
/// </summary>
public sealed record AwsService(
    string ServiceId,
    string EndpointPrefix,
    string SigningName,
    string IamPrefix,
    WireProtocol Protocol,
    string Version,
    string? TargetPrefix)
{
    public static readonly AwsService Ecs = new("ECS", "ecs", "ecs", "ecs", WireProtocol.AwsJson11, "2014-11-13", "AmazonEC2ContainerServiceV20141113");

    public static readonly AwsService AutoScaling = new("Auto Scaling", "autoscaling", "autoscaling", "autoscaling", WireProtocol.AwsQuery, "2011-01-01", null);

    public static readonly AwsService LoadBalancing = new("Elastic Load Balancing v2", "elasticloadbalancing", "elasticloadbalancing", "elasticloadbalancing", WireProtocol.AwsQuery, "2015-12-01", null);

    public static readonly AwsService ApplicationAutoScaling = new("Application Auto Scaling", "application-autoscaling", "application-autoscaling", "application-autoscaling", WireProtocol.AwsJson11, "2016-02-06", "AnyScaleFrontendService");

    public static readonly AwsService CloudWatch = new("CloudWatch", "monitoring", "monitoring", "cloudwatch", WireProtocol.AwsQuery, "2010-08-01", null);

    public static IReadOnlyList<AwsService> All { get; } = [Ecs, AutoScaling, LoadBalancing, ApplicationAutoScaling, CloudWatch];

    /// <summary>AWS_ENDPOINT_URL_ECS, AWS_ENDPOINT_URL_AUTO_SCALING, …: the service id upper-cased, spaces to underscores.</summary>
    public string EndpointVariable => "AWS_ENDPOINT_URL_" + ServiceId.ToUpperInvariant().Replace(' ', '_');
}
