using EcsScaling.Core.Model;

namespace EcsScaling.Core.Drain;

/// <summary>
/// Reads <see cref="DrainOptions"/> from environment variables (passed in, never read from the
/// process), collecting every problem so that one failed init names them all.
/// </summary>
public static class DrainOptionsParser
{
    public static DrainOptions Parse(IReadOnlyDictionary<string, string?> environment)
    {
        var problems = new List<string>();
        var reader = new Reader(environment, problems);
        var groups = reader.Names(DrainVariables.AutoScalingGroups, required: true);
        var terminateHooks = reader.Names(DrainVariables.TerminateHooks, required: true);
        var launchHooks = reader.Names(DrainVariables.LaunchHooks, required: false);
        var protectedGroups = reader.Names(DrainVariables.ProtectedGroups, required: false);
        var options = new DrainOptions(
            reader.Names(DrainVariables.Clusters, required: true),
            groups,
            terminateHooks,
            launchHooks,
            reader.Duration(DrainVariables.StandaloneTaskGrace, TimeSpan.Zero),
            reader.Duration(DrainVariables.MaxDrainTime, TimeSpan.FromMinutes(1)),
            reader.Choice(DrainVariables.MaxDrainTimeResult, ("CONTINUE", LifecycleResult.Continue), ("ABANDON", LifecycleResult.Abandon)),
            reader.Choice(DrainVariables.SpotInterruption, Behaviours),
            reader.Choice(DrainVariables.RebalanceRecommendation, Behaviours),
            protectedGroups,
            reader.Duration(DrainVariables.HeartbeatMargin, TimeSpan.Zero),
            reader.Duration(DrainVariables.SweepInterval, TimeSpan.FromMinutes(1)));

        foreach (var hook in terminateHooks.Concat(launchHooks).Where(h => h == DrainOptions.EcsManagedHookName))
        {
            problems.Add($"{DrainVariables.TerminateHooks}: '{hook}' belongs to ECS managed draining and must never be completed by us.");
        }

        foreach (var hook in terminateHooks.Intersect(launchHooks, StringComparer.Ordinal))
        {
            problems.Add($"{DrainVariables.LaunchHooks}: '{hook}' is also a terminate hook name; a hook has one transition.");
        }

        foreach (var group in protectedGroups.Except(groups, StringComparer.Ordinal))
        {
            problems.Add($"{DrainVariables.ProtectedGroups}: '{group}' is not in {DrainVariables.AutoScalingGroups}.");
        }

        return problems.Count == 0 ? options : throw new DrainConfigurationException(problems);
    }

    private static readonly (string, InterruptionBehaviour)[] Behaviours = [("drain", InterruptionBehaviour.Drain), ("ignore", InterruptionBehaviour.Ignore)];

    private sealed class Reader(IReadOnlyDictionary<string, string?> environment, List<string> problems)
    {
        private string? Value(string name) =>
            environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        private static string? DefaultOf(string name) => DrainVariables.All.First(v => v.Name == name).Default;

        public IReadOnlyList<string> Names(string name, bool required)
        {
            var names = (Value(name) ?? DefaultOf(name) ?? "")
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (required && names.Length == 0)
            {
                problems.Add($"{name}: is required (a comma-separated list of names).");
            }

            return names;
        }

        public TimeSpan Duration(string name, TimeSpan minimum)
        {
            var text = Value(name) ?? DefaultOf(name)!;
            if (!DurationText.TryParse(text, out var duration))
            {
                problems.Add($"{name}: '{text}' is not a duration (use {DurationText.Examples}).");
            }
            else if (duration < minimum)
            {
                problems.Add($"{name}: '{text}' is shorter than the minimum {DurationText.Format(minimum)}.");
            }

            return duration;
        }

        public T Choice<T>(string name, params (string Text, T Value)[] choices)
        {
            var text = Value(name) ?? DefaultOf(name)!;
            foreach (var (choiceText, value) in choices)
            {
                if (string.Equals(choiceText, text, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            problems.Add($"{name}: '{text}' is not one of {string.Join(", ", choices.Select(c => c.Text))}.");
            return choices[0].Value;
        }
    }
}
