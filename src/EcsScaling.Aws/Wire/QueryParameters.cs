using System.Globalization;

namespace EcsScaling.Aws.Wire;

/// <summary>awsQuery form parameters in insertion order; lists are flattened as Name.member.N (1-based).</summary>
public sealed class QueryParameters
{
    private readonly List<KeyValuePair<string, string>> entries = [];

    public IReadOnlyList<KeyValuePair<string, string>> Entries => entries;

    public QueryParameters Add(string name, string? value)
    {
        if (value is not null)
        {
            entries.Add(new(name, value));
        }

        return this;
    }

    public QueryParameters Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public QueryParameters Add(string name, double? value) => Add(name, value?.ToString("R", CultureInfo.InvariantCulture));

    public QueryParameters Add(string name, bool? value) => Add(name, value is null ? null : value.Value ? "true" : "false");

    public QueryParameters AddList(string name, IEnumerable<string> values) =>
        AddMembers(name, values, (prefix, value, parameters) => parameters.Add(prefix, value));

    /// <summary>A list of structures: describe writes each member's fields under the given prefix (Name.member.N).</summary>
    public QueryParameters AddMembers<T>(string name, IEnumerable<T> values, Action<string, T, QueryParameters> describe)
    {
        var index = 1;
        foreach (var value in values)
        {
            describe($"{name}.member.{index++}", value, this);
        }

        return this;
    }

    public string ToFormBody(string action, string version)
    {
        var pairs = new List<KeyValuePair<string, string>>(entries.Count + 2) { new("Action", action), new("Version", version) };
        pairs.AddRange(entries);
        return string.Join('&', pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
    }
}
