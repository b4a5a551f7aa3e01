using EcsScaling.Core.Clusters;
using EcsScaling.Aws;
using EcsScaling.Core.Gateways;
using EcsScaling.Simulation;

namespace EcsScaling.Cli.Ops;

/// <summary>
/// Where a command runs: real AWS (or any AWS_ENDPOINT_URL) on the wall clock, or the simulator
/// on its virtual clock. The functions' configuration comes with it: the process's ECS_SCALING_*
/// variables for AWS, the demo cluster's for the simulator, with --cluster on top of either.
/// </summary>
internal abstract class OpsBackend
{
    public abstract TimeProvider Time { get; }

    public abstract IReadOnlyDictionary<string, string?> Environment { get; }

    public abstract GatewaySet Gateways();

    /// <summary>Runs Core code to completion: the simulator drives virtual time while it waits.</summary>
    public abstract Task<T> RunAsync<T>(Func<Task<T>> work);

    /// <summary>Lets time pass between two polls of a --wait.</summary>
    public abstract Task PauseAsync(TimeSpan duration, CancellationToken cancellationToken);

    public static OpsBackend Create(OpsSettings settings) => settings.Simulate ? new SimulatorBackend(settings) : new AwsBackend(settings);

    protected static Dictionary<string, string?> WithOverrides(IEnumerable<KeyValuePair<string, string?>> environment, OpsSettings settings)
    {
        var merged = new Dictionary<string, string?>(environment, StringComparer.Ordinal);
        if (settings.Cluster is { } cluster)
        {
            merged[ManagedClusters.Variable] = cluster;
        }

        return merged;
    }
}

internal sealed class SimulatorBackend(OpsSettings settings) : OpsBackend
{
    public Simulator Simulator { get; } = DemoCluster.Create(settings.Seed);

    public override TimeProvider Time => Simulator.Clock;

    public override IReadOnlyDictionary<string, string?> Environment { get; } = WithOverrides(DemoCluster.Environment, settings);

    public override GatewaySet Gateways() => Simulator.Gateways;

    public override Task<T> RunAsync<T>(Func<Task<T>> work) => Task.FromResult(Simulator.Run(work));

    public override Task PauseAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        Simulator.Clock.Advance(duration);
        return Task.CompletedTask;
    }
}

internal sealed class AwsBackend : OpsBackend
{
    private readonly Dictionary<string, string?> _environment;
    private readonly Lazy<GatewaySet> _gateways;

    public AwsBackend(OpsSettings settings)
    {
        // The SDK's default chain reads AWS_PROFILE from the process, so --profile has to land there.
        if (settings.Profile is { } profile)
        {
            System.Environment.SetEnvironmentVariable("AWS_PROFILE", profile);
        }

        var process = System.Environment.GetEnvironmentVariables();
        _environment = WithOverrides(process.Keys.Cast<string>().Select(k => new KeyValuePair<string, string?>(k, process[k] as string)), settings);
        if ((settings.Region ?? ProfileRegion()) is { } region)
        {
            _environment["AWS_REGION"] = region;
        }
        else if (string.IsNullOrWhiteSpace(_environment.GetValueOrDefault("AWS_REGION")) && string.IsNullOrWhiteSpace(_environment.GetValueOrDefault("AWS_DEFAULT_REGION")))
        {
            throw new ArgumentException("no AWS region: pass --region, set AWS_REGION, or give the profile a region (or use --simulate)");
        }

        _gateways = new Lazy<GatewaySet>(() => AwsGatewayFactory.FromEnvironment(_environment.GetValueOrDefault, new SdkCredentials()));
    }

    public override TimeProvider Time => TimeProvider.System;

    public override IReadOnlyDictionary<string, string?> Environment => _environment;

    public override GatewaySet Gateways() => _gateways.Value;

    public override Task<T> RunAsync<T>(Func<Task<T>> work) => work();

    public override Task PauseAsync(TimeSpan duration, CancellationToken cancellationToken) => Task.Delay(duration, cancellationToken);

    /// <summary>Only when no region variable is set: the region of the selected profile, as the AWS CLI would use.</summary>
    private string? ProfileRegion() =>
        string.IsNullOrWhiteSpace(_environment.GetValueOrDefault("AWS_REGION")) && string.IsNullOrWhiteSpace(_environment.GetValueOrDefault("AWS_DEFAULT_REGION"))
            ? Amazon.Runtime.FallbackRegionFactory.GetRegionEndpoint()?.SystemName
            : null;
}
