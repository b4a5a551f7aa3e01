using System.CommandLine;
using EcsScaling.Functions.Hosting;

namespace EcsScaling.Cli.Ops;

/// <summary>
/// The ops commands. Each writes its arguments as the ops function's JSON command and runs it
/// through the function's parser and dispatcher, against AWS, an endpoint or the simulator.
/// </summary>
internal static class OpsCommandLine
{
    public static IReadOnlyList<Command> Create() => [Status(), Drain(), Undrain(), CompleteHook(), Rebalance(), Policies(), InvokeCommand.Create()];

    /// <summary>Registers the ops commands and documents the exit codes and configuration in the root's --help.</summary>
    public static RootCommand AddTo(RootCommand root)
    {
        foreach (var command in Create())
        {
            root.Subcommands.Add(command);
        }

        root.Description += " " + ExitCodes.Help + " Configuration: the functions' ECS_SCALING_* variables (e.g. ECS_SCALING_CLUSTERS, ECS_SCALING_ASG_NAMES); " +
            "AWS: default credential chain and region, AWS_ENDPOINT_URL for another endpoint (e.g. moto).";
        return root;
    }

    /// <summary>Like ParseResult.InvokeAsync, but a usage error exits with 2 (bad input) rather than 1 (AWS failure).</summary>
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        var parsed = root.Parse(args);
        var code = await parsed.InvokeAsync(configuration);
        return parsed.Errors.Count > 0 ? ExitCodes.BadInput : code;
    }

    private static Command Status()
    {
        var (command, shared) = New(OpsCommandNames.Status, "Cluster overview: instances, tasks, reservation, drains in progress, active policy profile.");
        command.SetAction((parsed, cancellationToken) => Run(parsed, shared, cancellationToken, () => OpsPayload.Command(OpsCommandNames.Status)));
        return command;
    }

    private static Command Drain()
    {
        var (command, shared) = New(OpsCommandNames.Drain, "Set an instance's container instance DRAINING (ECS replaces its service tasks elsewhere), as the drain function would.");
        var id = InstanceId(command);
        var dryRun = DryRun(command);
        var wait = new Option<bool>("--wait") { Description = "Show live progress (tasks left, targets draining, time to the max drain time) until the instance is drained." };
        command.Options.Add(wait);
        command.SetAction((parsed, cancellationToken) => Run(parsed, shared, cancellationToken, () => OpsPayload.Command(OpsCommandNames.Drain, ("instanceId", parsed.GetValue(id)), ("dryRun", parsed.GetValue(dryRun))), parsed.GetValue(wait)));
        return command;
    }

    private static Command Undrain()
    {
        var (command, shared) = New(OpsCommandNames.Undrain, "Set a DRAINING instance ACTIVE again and remove the drain attributes, so a later drain starts a fresh clock.");
        var id = InstanceId(command);
        var dryRun = DryRun(command);
        command.SetAction((parsed, cancellationToken) => Run(parsed, shared, cancellationToken, () => OpsPayload.Command(OpsCommandNames.Undrain, ("instanceId", parsed.GetValue(id)), ("dryRun", parsed.GetValue(dryRun)))));
        return command;
    }

    private static Command CompleteHook()
    {
        var (command, shared) = New(OpsCommandNames.CompleteHook, "Complete our pending lifecycle action(s) of a stuck instance now, whatever its drain state. The reason is logged.");
        var id = InstanceId(command);
        var result = new Option<string>("--result") { Description = "CONTINUE (let the instance go) or ABANDON.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why the hook is forced (1 to 256 characters; logged with the decision).", Required = true };
        command.Options.Add(result);
        command.Options.Add(reason);
        var dryRun = DryRun(command);
        command.SetAction((parsed, cancellationToken) => Run(parsed, shared, cancellationToken, () => OpsPayload.Command(OpsCommandNames.CompleteHook,
            ("instanceId", parsed.GetValue(id)), ("result", parsed.GetValue(result)), ("reason", parsed.GetValue(reason)), ("dryRun", parsed.GetValue(dryRun)))));
        return command;
    }

    private static Command Rebalance()
    {
        var (command, shared) = New(OpsCommandNames.Rebalance, "Plan one rebalance wave for a cluster (the default, same as --dry-run) or run it with --execute: move tasks from packed instances to empty ones, never below a service's minimum healthy percent.");
        var cluster = new Argument<string>("cluster") { Description = "ECS cluster name or ARN." };
        command.Arguments.Add(cluster);
        var execute = new Option<bool>("--execute") { Description = "Stop the planned tasks (the service scheduler starts their replacements)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Only plan (the default); cannot be combined with --execute." };
        var ignoreCooldown = new Option<bool>("--ignore-cooldown") { Description = "Start a wave even inside the cooldown after the last one." };
        command.Options.Add(execute);
        command.Options.Add(dryRun);
        command.Options.Add(ignoreCooldown);
        command.Validators.Add(r =>
        {
            if (r.GetValue(execute) && r.GetValue(dryRun))
            {
                r.AddError("--execute and --dry-run contradict each other: pick one.");
            }
        });
        command.SetAction((parsed, cancellationToken) =>
        {
            // The named cluster is configuration enough: rebalance needs no ECS_SCALING_CLUSTERS of its own.
            var settings = shared.Read(parsed);
            return OpsRun.ExecuteAsync(
                () => OpsPayload.Command(OpsCommandNames.Rebalance, ("cluster", parsed.GetValue(cluster)), ("dryRun", !parsed.GetValue(execute)), ("ignoreCooldown", parsed.GetValue(ignoreCooldown))),
                settings with { Cluster = settings.Cluster ?? parsed.GetValue(cluster) }, OpsIo.From(parsed), wait: false, cancellationToken);
        });
        return command;
    }

    private static Command Policies()
    {
        var policies = new Command(OpsCommandNames.Policies, "Target-tracking policies of the policy document (ECS_SCALING_POLICY_DOCUMENT) against AWS.");
        var (diff, diffShared) = New("diff", "Show what differs between the document's profile and AWS (exit code 3 when something does).");
        var diffProfile = Profile(diff);
        diff.SetAction((parsed, cancellationToken) => Run(parsed, diffShared, cancellationToken, () => OpsPayload.Command(OpsCommandNames.Policies, ("action", "diff"), ("profile", parsed.GetValue(diffProfile)))));
        var (apply, applyShared) = New("apply", "Make AWS match the document's profile (creates, updates and deletes our own policies only).");
        var applyProfile = Profile(apply);
        var dryRun = DryRun(apply);
        apply.SetAction((parsed, cancellationToken) => Run(parsed, applyShared, cancellationToken, () => OpsPayload.Command(OpsCommandNames.Policies,
            ("action", "apply"), ("profile", parsed.GetValue(applyProfile)), ("dryRun", parsed.GetValue(dryRun)))));
        policies.Subcommands.Add(diff);
        policies.Subcommands.Add(apply);
        return policies;
    }

    private static (Command Command, SharedOptions Shared) New(string name, string description)
    {
        var shared = new SharedOptions();
        return (shared.AddTo(new Command(name, description)), shared);
    }

    private static Argument<string> InstanceId(Command command)
    {
        var id = new Argument<string>("instance-id") { Description = "EC2 instance id (i-…)." };
        command.Arguments.Add(id);
        return id;
    }

    private static Option<bool> DryRun(Command command)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Show the plan without changing anything." };
        command.Options.Add(dryRun);
        return dryRun;
    }

    private static Option<string?> Profile(Command command)
    {
        var profile = new Option<string?>("--policy-profile") { Description = "Policy profile of the document (default: the active profile). (--profile is the AWS profile.)" };
        command.Options.Add(profile);
        return profile;
    }

    private static Task<int> Run(ParseResult parsed, SharedOptions shared, CancellationToken cancellationToken, Func<OpsCommand> build, bool wait = false) =>
        OpsRun.ExecuteAsync(build, shared.Read(parsed), OpsIo.From(parsed), wait, cancellationToken);
}
