using EcsScaling.Core.Policies.Document;

namespace EcsScaling.Core.Tests.Policies.Document;

public class ProfileLayeringTests
{
    private const string Cpu = "\"metric\": \"ECSServiceAverageCPUUtilization\", \"targetValue\": 50";

    [Fact]
    public void Duplicate_policy_names_on_one_resource_are_rejected()
    {
        var error = Load($$"""{ "services": [ { "cluster": "c", "service": "s", "minCapacity": 1, "maxCapacity": 2, "policies": [ { "name": "cpu", {{Cpu}} }, { "name": "cpu", {{Cpu}} } ] } ] }""");

        Assert.Equal("services[0].policies[1].name: duplicate policy name 'cpu' (already used at services[0].policies[0])", error.Errors.Single());
    }

    [Fact]
    public void The_same_service_declared_twice_is_rejected()
    {
        var error = Load("""{ "services": [ { "cluster": "c", "service": "s", "minCapacity": 1, "maxCapacity": 2 }, { "cluster": "c", "service": "s" } ] }""");

        Assert.Equal("services[1]: duplicate entry for service/c/s (already declared at services[0])", error.Errors.Single());
    }

    [Fact]
    public void A_cluster_ARN_instead_of_a_name_is_rejected()
    {
        var error = Load("""{ "services": [ { "cluster": "arn:aws:ecs:us-east-1:1:cluster/c", "service": "s", "minCapacity": 1, "maxCapacity": 2 } ] }""");

        Assert.StartsWith("services[0].cluster: a name of 1 to 255 letters", error.Errors.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_capacity_and_missing_names_are_each_reported()
    {
        var error = Load($$"""
            { "services": [ { "cluster": "c", "service": "s", "policies": [ { {{Cpu}} } ] } ],
              "autoScalingGroups": [ { "policies": [] } ] }
            """);

        Assert.Equal(3, error.Errors.Count);
        Assert.Contains("services[0].policies[0].name: a policy name of 1 to 200", error.Message, StringComparison.Ordinal);
        Assert.Contains("autoScalingGroups[0].name: an Auto Scaling group name", error.Message, StringComparison.Ordinal);
        Assert.Contains("services[0]: minCapacity and maxCapacity are required for service/c/s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_minimum_and_a_profile_minimum_above_the_base_maximum_are_rejected()
    {
        var error = Load("""
            { "services": [ { "cluster": "c", "service": "s", "minCapacity": -1, "maxCapacity": 4 } ],
              "profiles": { "surge": { "services": [ { "cluster": "c", "service": "s", "minCapacity": 9 } ] } } }
            """);

        Assert.Equal(["services[0].minCapacity: -1 is negative", "profiles.surge.services[0]: minCapacity 9 is greater than maxCapacity 4"], error.Errors);
    }

    [Fact]
    public void A_null_profile_and_null_entries_are_rejected()
    {
        var error = Load("""{ "services": [ null ], "profiles": { "surge": null } }""");

        Assert.Equal(["services[0]: a service entry cannot be null", "profiles.surge: a profile cannot be null (use {} for an empty one)"], error.Errors);
    }

    private static PolicyValidationException Load(string json) => Assert.Throws<PolicyValidationException>(() => PolicyDocument.Load(json));
}
