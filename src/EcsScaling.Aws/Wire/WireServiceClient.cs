using Amazon.Runtime;
using Amazon.Runtime.Credentials.Internal;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Auth;

namespace EcsScaling.Aws.Wire;

/// <summary>
/// The SDK's service client, reused for every service: it brings credentials, SigV4, retries with
/// throttling detection, clock-skew correction and error parsing; we bring only the marshalling.
/// </summary>
internal sealed class WireServiceClient : AmazonServiceClient
{
    private readonly WireServiceMetadata metadata;

    public WireServiceClient(AWSCredentials? credentials, WireClientConfig config)
        : base(credentials!, config)
    {
        metadata = new WireServiceMetadata(config.Service.ServiceId);
    }

    protected override IServiceMetadata ServiceMetadata => metadata;

    public Task<WireResponse> SendAsync(WireRequest request, CancellationToken cancellationToken)
    {
        var json = request.Operation.Service.Protocol == WireProtocol.AwsJson11;
        var options = new InvokeOptions
        {
            RequestMarshaller = json ? JsonRpcMarshaller.Instance : QueryMarshaller.Instance,
            ResponseUnmarshaller = json ? JsonRpcUnmarshaller.Instance : QueryUnmarshaller.Instance,
        };
        return InvokeAsync<WireResponse>(request, options, cancellationToken);
    }

    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthHandler());
        pipeline.ReplaceHandler<RetryHandler>(new RetryHandler(RetryClassification.CreatePolicy(Config)));
    }

    private sealed class SigV4AuthHandler : BaseAuthResolverHandler
    {
        protected override List<IAuthSchemeOption> ResolveAuthOptions(IExecutionContext executionContext) => AuthSchemeOption.DEFAULT_SIGV4;
    }

    private sealed class WireServiceMetadata(string serviceId) : IServiceMetadata
    {
        public string ServiceId { get; } = serviceId;

        public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>();
    }
}
