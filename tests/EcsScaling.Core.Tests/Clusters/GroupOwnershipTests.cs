using EcsScaling.Core.Clusters;
using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Clusters;

public class GroupOwnershipTests
{
    private static CapacityProvider Provider(string group, bool scaling = true, bool protection = true, string status = "ACTIVE") =>
        new("cp-" + group, status, group, scaling, protection, ManagedDraining: true);

    [Fact]
    public void Managed_termination_protection_owns_the_protection_of_its_group_only()
    {
        CapacityProvider[] providers = [Provider("web"), Provider("batch", protection: false)];

        Assert.Equal("cp-web", GroupOwnership.ProtectionOwner(providers, "web")?.Name);
        Assert.Null(GroupOwnership.ProtectionOwner(providers, "batch"));
        Assert.Null(GroupOwnership.ProtectionOwner(providers, "other"));
    }

    [Fact]
    public void Managed_scaling_owns_the_desired_capacity_of_its_group()
    {
        CapacityProvider[] providers = [Provider("web", scaling: false, protection: false), Provider("batch")];

        Assert.Null(GroupOwnership.DesiredCapacityOwner(providers, "web"));
        Assert.Equal("cp-batch", GroupOwnership.DesiredCapacityOwner(providers, "batch")?.Name);
    }

    [Fact]
    public void An_inactive_provider_or_one_without_a_group_owns_nothing()
    {
        CapacityProvider[] providers = [Provider("web", status: "INACTIVE"), new("FARGATE", "ACTIVE", null, false, false, false)];

        Assert.Empty(GroupOwnership.Acting(providers));
        Assert.Null(GroupOwnership.ProtectionOwner(providers, "web"));
    }

    [Fact]
    public void The_refusal_names_the_job_the_provider_and_both_ways_out()
    {
        var text = GroupOwnership.Refusal(GroupOwnership.DesiredCapacity, "web", Provider("web"), "ECS_SCALING_SCALE_OUT_GROUPS");

        Assert.Contains("desired capacity of group web is owned by capacity provider cp-web (managed scaling ENABLED)", text, StringComparison.Ordinal);
        Assert.Contains("remove web from ECS_SCALING_SCALE_OUT_GROUPS or turn managed scaling off on cp-web", text, StringComparison.Ordinal);
    }
}
