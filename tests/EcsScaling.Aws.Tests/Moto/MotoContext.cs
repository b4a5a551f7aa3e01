using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Moto;

/// <summary>
/// Each test gets its own region on the shared moto, so tests never see each other's resources.
/// </summary>
public sealed class MotoContext : IDisposable
{
    private static int nextRegion;

    private static readonly string[] Regions =
    [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1",
        "eu-north-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ca-central-1", "sa-east-1",
    ];

    public MotoContext(MotoServer moto)
    {
        moto.RequireRunning();
        Moto = moto;
        Region = Regions[Interlocked.Increment(ref nextRegion) % Regions.Length];
        Variables = new Dictionary<string, string?>
        {
            ["AWS_REGION"] = Region,
            ["AWS_ENDPOINT_URL"] = moto.Endpoint.AbsoluteUri,
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
            ["AWS_MAX_ATTEMPTS"] = "1",
        };
        Caller = new AwsCaller(AwsClientSettings.FromEnvironment(Variable), AwsClientSettings.ResolveCredentials(Variable));
    }

    public MotoServer Moto { get; }

    public string Region { get; }

    public Dictionary<string, string?> Variables { get; }

    public AwsCaller Caller { get; }

    public string? Variable(string name) => Variables.GetValueOrDefault(name);

    public void Dispose() => Caller.Dispose();
}
