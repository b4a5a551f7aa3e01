using EcsScaling.Core.Model;
using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies.Document;

public class PolicyDocumentTests
{
    [Fact]
    public void The_repository_policy_document_loads_with_its_profiles()
    {
        var document = PolicyDocument.Load(File.ReadAllText(RepositoryFile("policies/policies.json")));

        Assert.Equal(["normal", "surge"], document.ProfileNames.Order(StringComparer.Ordinal));
        var web = document.Profile("surge").Resources.Single(r => r.Resource.Id == "service/prod/web");
        Assert.Equal(6, web.Target!.MinCapacity);
        Assert.Equal(20, web.Target.MaxCapacity);
        Assert.Equal(("cpu-forecast", PredictiveScalingMode.ForecastOnly), (web.PredictivePolicies.Single().Name, web.PredictivePolicies.Single().Configuration.Mode));
    }

    [Fact]
    public void A_profile_overrides_only_the_fields_it_sets_and_keeps_the_rest_of_the_base()
    {
        var document = PolicyDocument.Load(PolicyHarness.SampleDocument);

        var normal = document.Profile(null).Resources.Single(r => r.Resource.Kind == ScalableResourceKind.EcsService);
        var surge = document.Profile("surge").Resources.Single(r => r.Resource.Kind == ScalableResourceKind.EcsService);
        Assert.Equal((2, 20, 60.0), (normal.Target!.MinCapacity, normal.Target.MaxCapacity, normal.Policies[0].Configuration.TargetValue));
        Assert.Equal((6, 20, 40.0), (surge.Target!.MinCapacity, surge.Target.MaxCapacity, surge.Policies[0].Configuration.TargetValue));
        Assert.Equal("ECSServiceAverageCPUUtilization", surge.Policies[0].Configuration.PredefinedMetricType);
        Assert.Equal(2, document.Profile("surge").Resources.Count);
    }

    [Fact]
    public void A_profile_can_add_a_resource_and_a_policy()
    {
        var document = PolicyDocument.Load("""
            { "services": [ { "cluster": "c", "service": "a", "minCapacity": 1, "maxCapacity": 2 } ],
              "profiles": { "big": { "services": [
                { "cluster": "c", "service": "a", "policies": [ { "name": "mem", "metric": "ECSServiceAverageMemoryUtilization", "targetValue": 50 } ] },
                { "cluster": "c", "service": "b", "minCapacity": 3, "maxCapacity": 4 } ] } } }
            """);

        Assert.Empty(document.Profile("normal").Resources.Single().Policies);
        Assert.Equal(["service/c/a", "service/c/b"], document.Profile("big").Resources.Select(r => r.Resource.Id));
        Assert.Equal("mem", document.Profile("big").Resources[0].Policies.Single().Name);
    }

    [Fact]
    public void An_unknown_profile_is_a_clear_error_listing_the_known_ones()
    {
        var document = PolicyDocument.Load(PolicyHarness.SampleDocument);

        var error = Assert.Throws<PolicyValidationException>(() => document.Profile("surgee"));

        Assert.Equal("profile 'surgee': unknown profile; the document defines normal, surge", error.Message);
    }

    [Theory]
    [InlineData("{ \"services\": [ { \"cluster\": \"c\", \"service\": \"s\", \"minCapacty\": 1 } ] }", "$.services[0]", "minCapacty")]
    [InlineData("{ \"services\": [ { \"cluster\": \"c\", \"service\": \"s\", \"minCapacity\": \"two\" } ] }", "$.services[0].minCapacity", "")]
    [InlineData("{ \"services\": [ }", "$.services", "")]
    [InlineData("{ \"profiles\": { \"surge\": {}, \"surge\": {} } }", "$.profiles", "surge")]
    public void Unreadable_json_names_the_path(string json, string path, string mention)
    {
        var error = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load(json));

        Assert.StartsWith(path, error.Errors.Single(), StringComparison.Ordinal);
        Assert.Contains(mention, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_document_is_an_error()
    {
        var error = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load("null"));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_in_the_base_is_reported_once_although_every_profile_inherits_it()
    {
        var error = Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load("""
            { "services": [ { "cluster": "c", "service": "s", "minCapacity": 5, "maxCapacity": 2 } ],
              "profiles": { "a": {}, "b": {} } }
            """));

        Assert.Equal(["services[0]: minCapacity 5 is greater than maxCapacity 2"], error.Errors);
    }

    internal static string RepositoryFile(string relativePath)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relativePath} not found above {AppContext.BaseDirectory}");
    }
}
