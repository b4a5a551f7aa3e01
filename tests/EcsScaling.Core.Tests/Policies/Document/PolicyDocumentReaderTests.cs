using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies.Document;

public class PolicyDocumentReaderTests
{
    private const string Service = "\"cluster\": \"c\", \"service\": \"s\", \"minCapacity\": 1, \"maxCapacity\": 4";

    [Fact]
    public void Comments_and_trailing_commas_are_allowed()
    {
        var document = PolicyDocument.Load($$"""
            // scaling for the web tier
            { "services": [ { {{Service}}, /* the only one */ "policies": [ { "name": "cpu", "metric": "ECSServiceAverageCPUUtilization", "targetValue": 50, }, ], }, ], }
            """);

        Assert.Equal(["cpu"], document.Profile(null).Resources.Single().Policies.Select(p => p.Name));
    }

    [Theory]
    [InlineData($$"""{ "services": [ { {{Service}}, "minCapacty": 1 } ] }""",
        "$.services[0]: not a valid policy document: unknown field 'minCapacty'; known: cluster, service, minCapacity, maxCapacity, policies")]
    [InlineData("""{ "autoScalingGroups": [ { "name": "g", "policies": [ { "name": "p", "predictive": { "mode": "ForecastOnly", "bufferTime": 1 } } ] } ] }""",
        "$.autoScalingGroups[0].policies[0].predictive: not a valid policy document: unknown field 'bufferTime'; known: metricPair, scalingMetric, loadMetric, mode, schedulingBufferSeconds, maxCapacityBreachBehavior, maxCapacityBuffer")]
    [InlineData("""{ "services": [ { "cluster": "c", "cluster": "d" } ] }""", "$.services[0]: not a valid policy document: field 'cluster' is given twice")]
    [InlineData("""{ "services": [ { "minCapacity": "two" } ] }""", "$.services[0].minCapacity: not a valid policy document: expected a whole number or null, found String")]
    [InlineData("""{ "services": [ { "minCapacity": 1.5 } ] }""", "$.services[0].minCapacity: not a valid policy document: expected a whole number")]
    [InlineData("""{ "services": [ { "policies": [ { "disableScaleIn": "yes" } ] } ] }""", "$.services[0].policies[0].disableScaleIn: not a valid policy document: expected true or false, found String")]
    [InlineData("""{ "services": { "cluster": "c" } }""", "$.services: not a valid policy document: expected an array or null, found StartObject")]
    [InlineData("""{ "profiles": [] }""", "$.profiles: not a valid policy document: expected an object or null, found StartArray")]
    [InlineData("""{ "description": "d" } { }""", "$: not a valid policy document: '{' is invalid after a single JSON value")]
    [InlineData("""{ "services": [ """, "$.services: not a valid policy document: Expected depth to be zero")]
    public void A_document_not_of_the_shape_is_an_error_naming_the_path(string json, string error)
    {
        var exception = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load(json));

        // The reader's own messages go on with line and byte positions.
        Assert.StartsWith(error, exception.Errors.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Field_names_are_exact()
    {
        var exception = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load("""{ "Services": [] }"""));

        Assert.StartsWith("$: not a valid policy document: unknown field 'Services'", exception.Errors.Single(), StringComparison.Ordinal);
    }
}

/// <summary>
/// Every member of the document's shapes is read: a document with each one given (through
/// reflection, so a new member is included without touching this test) reads back to the same JSON.
/// </summary>
public class PolicyDocumentReaderCoverageTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase,
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    [Fact]
    public void A_document_giving_every_member_reads_back_whole()
    {
        var full = (PolicyDocumentJson)Filled(typeof(PolicyDocumentJson));
        var written = System.Text.Json.JsonSerializer.Serialize(full, Json);

        var read = PolicyDocumentReader.Read(written);

        Assert.Equal(written, System.Text.Json.JsonSerializer.Serialize(read, Json));
        Assert.Contains("\"maxCapacityBuffer\":7", written, StringComparison.Ordinal);
    }

    private static object Filled(Type type)
    {
        var value = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties())
        {
            property.SetValue(value, Sample(property.PropertyType));
        }

        return value;
    }

    private static object Sample(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return "x";
        }

        if (underlying == typeof(int))
        {
            return 7;
        }

        if (underlying == typeof(double))
        {
            return 1.5;
        }

        if (underlying == typeof(bool))
        {
            return true;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (System.Collections.IList)Activator.CreateInstance(underlying)!;
            list.Add(Filled(underlying.GetGenericArguments()[0]));
            return list;
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(underlying)!;
            dictionary.Add("surge", Filled(underlying.GetGenericArguments()[1]));
            return dictionary;
        }

        return Filled(underlying);
    }
}
