using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// Client configuration for one service. The endpoint is resolved by us (EndpointResolution), so the
/// SDK is told to ignore configured endpoint variables and just use ServiceURL; the signing region
/// is set explicitly because the SDK would otherwise guess it from the URL (us-east-1 for loopback).
/// </summary>
internal sealed class WireClientConfig : ClientConfig
{
    public WireClientConfig(AwsService service, string region, Uri endpoint, RetrySettings retry)
        : base(new DefaultConfigurationProvider([new DefaultConfiguration { Name = DefaultConfigurationMode.Standard, RetryMode = RequestRetryMode.Standard }]))
    {
        Service = service;
        ServiceId = service.ServiceId;
        AuthenticationServiceName = service.SigningName;
        IgnoreConfiguredEndpointUrls = true;
        ServiceURL = endpoint.AbsoluteUri;
        AuthenticationRegion = region;
        RetryMode = retry.Mode;
        MaxErrorRetry = retry.MaxAttempts - 1;
    }

    public AwsService Service { get; }

    public override string RegionEndpointServiceName => Service.EndpointPrefix;

    public override string ServiceVersion => Service.Version;

    public override string UserAgent => "ecs-scaling/1.0";

    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) => new(ServiceURL);
}
