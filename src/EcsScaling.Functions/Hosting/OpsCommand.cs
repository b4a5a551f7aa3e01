namespace EcsScaling.Functions.Hosting;

/// <summary>
/// A manual command for the ops function (and the CLI). Every mutating command has DryRun. Each
/// command is declared in its capability's folder (Drain/DrainCommands.cs, Rebalance/, Policies/,
/// Status/); Ops/ parses and routes them. It lives in Hosting/ so the capabilities derive from it
/// without depending on Ops/, and the dependency runs one way: Ops/ to the capabilities.
/// </summary>
public abstract record OpsCommand(string Name)
{
    /// <summary>The same command as a plan only (observe mode); read-only commands are returned as they are.</summary>
    public abstract OpsCommand AsDryRun();
}

public static class OpsCommandNames
{
    public const string Status = "status";
    public const string Drain = "drain";
    public const string Undrain = "undrain";
    public const string CompleteHook = "complete-hook";
    public const string Rebalance = "rebalance";
    public const string Policies = "policies";

    public static IReadOnlyList<string> All { get; } = [Status, Drain, Undrain, CompleteHook, Rebalance, Policies];
}
