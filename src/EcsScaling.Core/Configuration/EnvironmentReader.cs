using System.Globalization;

namespace EcsScaling.Core.Configuration;

/// <summary>
/// Reads a function's settings from its environment variables (passed in, never read from the
/// process), collecting every problem so that one failed init names them all. Problems read
/// "NAME: 'value' is not …". Blank values count as unset.
/// </summary>
/// <param name="defaults">Default text per variable, for settings whose default is documented as text (e.g. "2h").</param>
public sealed class EnvironmentReader(IReadOnlyDictionary<string, string?> environment, Func<string, string?>? defaults = null)
{
    public List<string> Problems { get; } = [];

    /// <summary>The trimmed value, else the default text, else null.</summary>
    public string? Value(string name) =>
        environment.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : defaults?.Invoke(name);

    /// <summary>A comma-separated list, duplicates removed.</summary>
    public IReadOnlyList<string> Names(string name, bool required = false)
    {
        var names = (Value(name) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToArray();
        if (required && names.Length == 0)
        {
            Problems.Add($"{name}: is required (a comma-separated list of names).");
        }

        return names;
    }

    public bool Bool(string name, bool fallback) => Value(name) switch
    {
        null => fallback,
        var text when bool.TryParse(text, out var parsed) => parsed,
        var text => Invalid(name, text, "true or false", fallback),
    };

    public int Int(string name, int fallback, int min) => Value(name) switch
    {
        null => fallback,
        var text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= min => parsed,
        var text => Invalid(name, text, $"a whole number ≥ {min}", fallback),
    };

    public double Double(string name, double fallback, double min) => Value(name) switch
    {
        null => fallback,
        var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && double.IsFinite(parsed) => parsed,
        var text => Invalid(name, text, $"a number ≥ {min.ToString(CultureInfo.InvariantCulture)}", fallback),
    };

    public TimeSpan Minutes(string name, TimeSpan fallback, int min) =>
        Value(name) is null ? fallback : TimeSpan.FromMinutes(Int(name, (int)fallback.TotalMinutes, min));

    /// <summary>One of a few words (case-insensitive); fallback when unset, and standing in (with a problem noted) when the value is bad.</summary>
    public T Choice<T>(string name, T fallback, params (string Text, T Value)[] choices)
    {
        var text = Value(name);
        if (text is null)
        {
            return fallback;
        }

        foreach (var (choiceText, value) in choices)
        {
            if (string.Equals(choiceText, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return Invalid(name, text, "one of " + string.Join(", ", choices.Select(c => c.Text)), fallback);
    }

    public T Invalid<T>(string name, string text, string expected, T fallback)
    {
        Problems.Add($"{name}: '{text}' is not {expected}.");
        return fallback;
    }

    /// <summary>The settings, or every problem found while reading them.</summary>
    /// <exception cref="ConfigurationException">At least one variable was bad.</exception>
    public T Checked<T>(string area, T settings) => Problems.Count == 0 ? settings : throw new ConfigurationException(area, Problems);
}
