using EcsScaling.Aws.Wire;
using EcsScaling.Core.Gateways;

namespace EcsScaling.Aws.Tests.Moto;

/// <summary>
/// Gateways pointed at one region of the shared moto. Regions isolate tests: a fresh one for a
/// test that needs an empty account, or a seeded world shared by name ("read" must not be mutated).
/// </summary>
public sealed class MotoContext : IDisposable
{
    private static readonly string[] Regions =
    [
        "us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1",
        "eu-north-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ca-central-1", "sa-east-1",
    ];

    /// <summary>"read" is shared by tests that only read; "mutable" by tests whose changes do not collide.</summary>
    private static readonly string[] WorldNames = ["read", "mutable"];

    private static readonly Lazy<Dictionary<string, (string Region, MotoWorld World)>> Worlds = new(SeedWorlds);
    private static MotoServer? seededMoto;
    private static int nextRegion;

    private MotoContext(MotoServer moto, string region)
    {
        Moto = moto;
        Region = region;
        Variables = new Dictionary<string, string?>
        {
            ["AWS_REGION"] = region,
            ["AWS_ENDPOINT_URL"] = moto.Endpoint.AbsoluteUri,
            ["AWS_ACCESS_KEY_ID"] = "testing",
            ["AWS_SECRET_ACCESS_KEY"] = "testing",
            ["AWS_MAX_ATTEMPTS"] = "1",
        };
        Caller = new AwsCaller(AwsClientSettings.FromEnvironment(Variable), AwsClientSettings.ResolveCredentials(Variable)!);
        Gateways = AwsGatewayFactory.Create(Caller);
    }

    public MotoServer Moto { get; }

    public string Region { get; }

    public Dictionary<string, string?> Variables { get; }

    public AwsCaller Caller { get; }

    public GatewaySet Gateways { get; }

    public MotoWorld World { get; private set; } = null!;

    /// <summary>A region nobody else uses in this run.</summary>
    public static MotoContext Fresh(MotoServer moto)
    {
        moto.RequireRunning();
        return new MotoContext(moto, NextRegion());
    }

    /// <summary>The world seeded once under this name ("read" or "mutable").</summary>
    public static MotoContext Seeded(MotoServer moto, string name)
    {
        moto.RequireRunning();
        Interlocked.CompareExchange(ref seededMoto, moto, null);
        var (region, world) = Worlds.Value[name];
        return new MotoContext(moto, region) { World = world };
    }

    public string? Variable(string name) => Variables.GetValueOrDefault(name);

    public void Dispose() => Caller.Dispose();

    private static Dictionary<string, (string Region, MotoWorld World)> SeedWorlds()
    {
        var regions = WorldNames.Select(_ => NextRegion()).ToList();
        var worlds = MotoWorld.Seed(seededMoto!, regions);
        return WorldNames.Zip(regions).ToDictionary(p => p.First, p => (p.Second, worlds[p.Second]));
    }

    private static string NextRegion()
    {
        var index = Interlocked.Increment(ref nextRegion);
        return index < Regions.Length ? Regions[index] : throw new InvalidOperationException("out of moto regions: reuse a seeded world");
    }
}
