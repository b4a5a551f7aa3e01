using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsScaling.Functions.Tests.Deployment;

/// <summary>
/// EventBridge's event-pattern matching for the subset of the syntax template.yaml uses, after
/// "Event patterns" and "Content filtering in Amazon EventBridge event patterns" (EventBridge user
/// guide): every field of the pattern must match; an array of values matches when any value equals
/// the event's value (or any element of an array value); a nested object matches the nested fields;
/// a field missing from the event matches only {"exists": false}, so a numeric, prefix, suffix or
/// exact-value filter never matches a missing field. Syntax outside the subset is refused, so a
/// pattern this cannot judge fails the test instead of passing it.
/// </summary>
public static class EventPatternMatcher
{
    public static bool Matches(JsonObject pattern, JsonNode? @event)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern.All(field =>
        {
            var present = @event is JsonObject fields && fields.TryGetPropertyValue(field.Key, out _);
            var value = present ? @event![field.Key] : null;
            return field.Value switch
            {
                JsonObject nested => Matches(nested, present ? value : null),
                JsonArray filters => filters.Any(f => FilterMatches(f, present, value)),
                _ => throw new NotSupportedException($"pattern field '{field.Key}' must be an object or an array of filters, not {field.Value?.ToJsonString() ?? "null"}"),
            };
        });
    }

    private static bool FilterMatches(JsonNode? filter, bool present, JsonNode? value)
    {
        if (filter is JsonObject named)
        {
            if (named.Count != 1)
            {
                throw new NotSupportedException($"a content filter has exactly one key: {named.ToJsonString()}");
            }

            var (name, operand) = named.Single();
            if (name == "exists")
            {
                return present == operand!.GetValue<bool>();
            }

            return present && Values(value).Any(v => ContentMatches(name, operand, v));
        }

        return present && Values(value).Any(v => Equal(filter, v));
    }

    private static IEnumerable<JsonNode?> Values(JsonNode? value) => value is JsonArray array ? array.AsEnumerable() : [value];

    private static bool ContentMatches(string name, JsonNode? operand, JsonNode? value) => name switch
    {
        "prefix" => Text(value) is { } text && text.StartsWith(operand!.GetValue<string>(), StringComparison.Ordinal),
        "suffix" => Text(value) is { } text && text.EndsWith(operand!.GetValue<string>(), StringComparison.Ordinal),
        "numeric" => Number(value) is { } number && Comparisons((JsonArray)operand!).All(c => c(number)),
        "anything-but" => !Values(operand).Any(o => Equal(o, value)),
        _ => throw new NotSupportedException($"content filter '{name}' is outside the subset this matcher knows"),
    };

    /// <summary>["&gt;", 0, "&lt;=", 5]: every operator/value pair must hold.</summary>
    private static IEnumerable<Func<double, bool>> Comparisons(JsonArray operand)
    {
        for (var i = 0; i + 1 < operand.Count; i += 2)
        {
            var bound = operand[i + 1]!.GetValue<double>();
            yield return operand[i]!.GetValue<string>() switch
            {
                "=" => n => n == bound,
                "<" => n => n < bound,
                "<=" => n => n <= bound,
                ">" => n => n > bound,
                ">=" => n => n >= bound,
                var op => throw new NotSupportedException($"numeric operator '{op}'"),
            };
        }
    }

    private static bool Equal(JsonNode? filter, JsonNode? value) => (filter, value) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        _ when Number(filter) is { } a && Number(value) is { } b => a == b,
        _ => Text(filter) is { } a && Text(value) is { } b ? a == b : JsonNode.DeepEquals(filter, value),
    };

    private static string? Text(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static double? Number(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<double>() : null;
}
