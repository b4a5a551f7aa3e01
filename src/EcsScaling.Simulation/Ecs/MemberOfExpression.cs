namespace EcsScaling.Simulation.Ecs;

/// <summary>
/// The subset of the ECS cluster query language used by memberOf constraints
/// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html):
/// subjects attribute:NAME and ec2InstanceId; operators ==, !=, in, !in, exists, !exists;
/// clauses joined by "and" / "or" ("and" binds tighter). Anything else is rejected when the service is created.
/// </summary>
public sealed class MemberOfExpression
{
    private readonly List<List<Func<SimContainerInstance, bool>>> _anyOfAll;

    private MemberOfExpression(List<List<Func<SimContainerInstance, bool>>> anyOfAll) => _anyOfAll = anyOfAll;

    public static MemberOfExpression Parse(string expression)
    {
        var disjuncts = new List<List<Func<SimContainerInstance, bool>>>();
        foreach (var orPart in SplitWord(expression, "or"))
        {
            disjuncts.Add([.. SplitWord(orPart, "and").Select(ParseClause)]);
        }

        return new MemberOfExpression(disjuncts);
    }

    public bool Matches(SimContainerInstance instance) => _anyOfAll.Any(all => all.All(clause => clause(instance)));

    private static IEnumerable<string> SplitWord(string text, string word) =>
        text.Split($" {word} ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Func<SimContainerInstance, bool> ParseClause(string clause)
    {
        var parts = clause.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            throw new ArgumentException($"memberOf clause '{clause}' is not 'subject operator [value]'");
        }

        var subject = Subject(parts[0], clause);
        var value = parts.Length > 2 ? parts[2] : "";
        return parts[1] switch
        {
            "==" => i => subject(i) == value,
            "!=" => i => subject(i) != value,
            "in" => InList(subject, value, clause),
            "!in" => Negate(InList(subject, value, clause)),
            "exists" => i => subject(i) is not null,
            "!exists" => i => subject(i) is null,
            _ => throw new ArgumentException($"memberOf operator '{parts[1]}' in '{clause}' is not supported (==, !=, in, !in, exists, !exists)"),
        };
    }

    private static Func<SimContainerInstance, bool> Negate(Func<SimContainerInstance, bool> inner) => i => !inner(i);

    private static Func<SimContainerInstance, bool> InList(Func<SimContainerInstance, string?> subject, string list, string clause)
    {
        if (!list.StartsWith('[') || !list.EndsWith(']'))
        {
            throw new ArgumentException($"memberOf list in '{clause}' must be [a, b, ...]");
        }

        var values = list[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return i => subject(i) is { } v && values.Contains(v);
    }

    private static Func<SimContainerInstance, string?> Subject(string subject, string clause)
    {
        if (subject == "ec2InstanceId")
        {
            return i => i.Ec2InstanceId;
        }

        const string prefix = "attribute:";
        if (subject.StartsWith(prefix, StringComparison.Ordinal))
        {
            var name = subject[prefix.Length..];
            return i => i.Attributes.TryGetValue(name, out var v) ? v ?? "" : null;
        }

        throw new ArgumentException($"memberOf subject '{subject}' in '{clause}' is not supported (attribute:NAME, ec2InstanceId)");
    }
}
