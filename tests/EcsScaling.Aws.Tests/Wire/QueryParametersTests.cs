using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

public class QueryParametersTests
{
    [Fact]
    public void Lists_are_flattened_one_based_nulls_are_dropped_and_values_escaped()
    {
        var parameters = new QueryParameters()
            .AddList("InstanceIds", ["i-1", "i-2"])
            .Add("Token", (string?)null)
            .Add("Protected", true)
            .Add("Value", 0.25)
            .AddMembers("Targets", [("10.0.0.1", 80)], (prefix, t, p) => p.Add($"{prefix}.Id", t.Item1).Add($"{prefix}.Port", t.Item2));

        Assert.Equal(
            "Action=SetInstanceProtection&Version=2011-01-01&InstanceIds.member.1=i-1&InstanceIds.member.2=i-2&Protected=true&Value=0.25&Targets.member.1.Id=10.0.0.1&Targets.member.1.Port=80",
            parameters.ToFormBody("SetInstanceProtection", "2011-01-01"));
        Assert.Equal("Name=a%20b%26c%3Dd", new QueryParameters().Add("Name", "a b&c=d").ToFormBody("X", "1")[(("Action=X&Version=1&").Length)..]);
    }
}
