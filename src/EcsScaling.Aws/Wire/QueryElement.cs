namespace EcsScaling.Aws.Wire;

/// <summary>
/// One element of an awsQuery answer: its local name (the namespace prefix dropped), its child
/// elements in document order and its text (all descendant text, as XElement.Value would give).
/// </summary>
public sealed class QueryElement(string name)
{
    private readonly List<QueryElement> elements = [];

    public string Name { get; } = name;

    public IReadOnlyList<QueryElement> Elements => elements;

    public string Value { get; internal set; } = string.Empty;

    internal void Add(QueryElement child) => elements.Add(child);

    public override string ToString() => $"<{Name}>";
}
