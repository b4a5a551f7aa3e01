using System.CommandLine;

namespace EcsScaling.Cli.Ops;

/// <summary>What every ops command shares: where it runs (AWS, an endpoint, the simulator) and how it answers.</summary>
internal sealed record OpsSettings(bool Json, bool Simulate, int Seed, string? Profile, string? Region, string? Cluster, bool Verbose);

/// <summary>The options behind <see cref="OpsSettings"/>; one instance per command, since an option belongs to one parent.</summary>
internal sealed class SharedOptions
{
    private readonly Option<string> _output = new("--output", "-o") { Description = "table (for humans) or json (the ops function's response, for scripts).", DefaultValueFactory = _ => "table" };
    private readonly Option<bool> _simulate = new("--simulate") { Description = "Run against the in-process simulator with a seeded demo cluster (prod, prod-asg, 9 instances) instead of AWS." };
    private readonly Option<int> _seed = new("--seed") { Description = "Simulator seed (with --simulate); the same seed builds the same cluster.", DefaultValueFactory = _ => 1 };
    private readonly Option<string?> _profile = new("--profile") { Description = "AWS profile (sets AWS_PROFILE); default: the SDK's default credential chain." };
    private readonly Option<string?> _region = new("--region") { Description = "AWS region (sets AWS_REGION); default: AWS_REGION, AWS_DEFAULT_REGION or the profile's region." };
    private readonly Option<string?> _cluster = new("--cluster") { Description = "ECS cluster name(s) or ARN(s), comma-separated; overrides ECS_SCALING_CLUSTERS." };
    private readonly Option<bool> _verbose = new("--verbose") { Description = "Write the structured JSON log lines (every decision, with its ids) to stderr." };

    public SharedOptions() => _output.AcceptOnlyFromAmong("table", "json");

    public Command AddTo(Command command)
    {
        foreach (var option in new Option[] { _output, _simulate, _seed, _profile, _region, _cluster, _verbose })
        {
            command.Options.Add(option);
        }

        return command;
    }

    public OpsSettings Read(ParseResult parsed) => new(
        parsed.GetValue(_output) == "json",
        parsed.GetValue(_simulate),
        parsed.GetValue(_seed),
        parsed.GetValue(_profile),
        parsed.GetValue(_region),
        parsed.GetValue(_cluster),
        parsed.GetValue(_verbose));
}
