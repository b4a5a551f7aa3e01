using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Disruption;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Reads <see cref="DrainOptions"/> from environment variables (passed in, never read from the
/// process), collecting every problem so that one failed init names them all.
/// </summary>
public static class DrainOptionsParser
{
    /// <summary>The drain function's options: it completes hooks, so it needs the groups whose hooks it owns.</summary>
    public static DrainOptions Parse(IReadOnlyDictionary<string, string?> environment) => Parse(environment, groupsRequired: true);

    /// <summary>
    /// Options for the manual commands (ops function, CLI): an operator drains by instance and cluster,
    /// so only the clusters are required; without groups no lifecycle hook is completed.
    /// </summary>
    public static DrainOptions ParseForManualCommands(IReadOnlyDictionary<string, string?> environment) => Parse(environment, groupsRequired: false);

    private static DrainOptions Parse(IReadOnlyDictionary<string, string?> environment, bool groupsRequired)
    {
        var reader = new EnvironmentReader(environment, name => DrainVariables.All.FirstOrDefault(v => v.Name == name)?.Default);
        var groups = reader.Names(DrainVariables.AutoScalingGroups, required: groupsRequired);
        var terminateHooks = reader.Names(DrainVariables.TerminateHooks, required: true);
        var launchHooks = reader.Names(DrainVariables.LaunchHooks);
        var protectedGroups = reader.Names(DrainVariables.ProtectedGroups);
        var clusters = ManagedClusters.Read(reader);
        var options = new DrainOptions(
            clusters,
            groups,
            terminateHooks,
            launchHooks,
            Duration(reader, DrainVariables.StandaloneTaskGrace, TimeSpan.Zero),
            Duration(reader, DrainVariables.MaxDrainTime, TimeSpan.FromMinutes(1)),
            reader.Choice(DrainVariables.MaxDrainTimeResult, LifecycleResult.Continue, [.. LifecycleResultText.Wire.Words]),
            reader.Choice(DrainVariables.SpotInterruption, InterruptionBehaviour.Drain, Behaviours),
            reader.Choice(DrainVariables.RebalanceRecommendation, InterruptionBehaviour.Ignore, Behaviours),
            protectedGroups,
            Duration(reader, DrainVariables.HeartbeatMargin, TimeSpan.Zero),
            Duration(reader, DrainVariables.SweepInterval, TimeSpan.FromMinutes(1)))
        {
            QueueConcurrency = reader.Int(DrainVariables.QueueConcurrency, 2, min: 2),
            QueueMode = reader.Choice(DrainVariables.DeliveryMode, false, ("events", false), ("queue", true)),
            RecommendationMaxSharePercent = reader.Int(DrainVariables.RecommendationMaxShare, 10, min: 1),
            DisruptionBudgets = DisruptionBudgetsParser.Read(reader, ManagedClusters.OfValid(clusters)),
            AbandonWithoutRetention = reader.Choice(DrainVariables.AbandonWithoutRetention, AbandonWithoutRetention.Wait, UnretainedChoices),
        };

        options = options with { AbandonBounds = AbandonBoundsParser.Read(reader, ManagedClusters.OfValid(clusters), options.MaxDrainTime) };

        foreach (var (variable, hooks) in new[] { (DrainVariables.TerminateHooks, terminateHooks), (DrainVariables.LaunchHooks, launchHooks) })
        {
            if (hooks.Contains(DrainOptions.EcsManagedHookName))
            {
                reader.Problems.Add($"{variable}: '{DrainOptions.EcsManagedHookName}' belongs to ECS managed draining and must never be completed by us.");
            }
        }

        if (options.RecommendationMaxSharePercent > 100)
        {
            reader.Problems.Add($"{DrainVariables.RecommendationMaxShare}: '{options.RecommendationMaxSharePercent}' is not a percent (1–100).");
        }

        foreach (var hook in terminateHooks.Intersect(launchHooks, StringComparer.Ordinal))
        {
            reader.Problems.Add($"{DrainVariables.LaunchHooks}: '{hook}' is also a terminate hook name; a hook has one transition.");
        }

        foreach (var group in protectedGroups.Except(groups, StringComparer.Ordinal))
        {
            reader.Problems.Add($"{DrainVariables.ProtectedGroups}: '{group}' is not in {DrainVariables.AutoScalingGroups}.");
        }

        return reader.Checked("drain", options);
    }

    private static readonly (string, AbandonWithoutRetention)[] UnretainedChoices = [("wait", AbandonWithoutRetention.Wait), ("abandon", AbandonWithoutRetention.Abandon)];

    private static readonly (string, InterruptionBehaviour)[] Behaviours = [("drain", InterruptionBehaviour.Drain), ("ignore", InterruptionBehaviour.Ignore)];

    private static TimeSpan Duration(EnvironmentReader reader, string name, TimeSpan minimum)
    {
        var text = reader.Value(name)!;
        if (!DurationText.TryParse(text, out var duration))
        {
            return reader.Invalid(name, text, $"a duration (use {DurationText.Examples})", duration);
        }

        if (duration < minimum)
        {
            reader.Problems.Add($"{name}: '{text}' is shorter than the minimum {DurationText.Format(minimum)}.");
        }

        return duration;
    }
}
