using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Model;

public class ContainerInstanceStatusTextTests
{
    public static TheoryData<ContainerInstanceStatus> Statuses => [.. Enum.GetValues<ContainerInstanceStatus>()];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Every_status_has_one_spelling_that_reads_back(ContainerInstanceStatus status)
    {
        var text = ContainerInstanceStatusText.Wire.Of(status);

        Assert.Equal(status, ContainerInstanceStatusText.Wire.Parse(text));
        Assert.Matches("^[A-Z_]+$", text);
    }

    [Fact]
    public void ECS_spells_the_two_word_status_with_an_underscore()
    {
        Assert.Equal("REGISTRATION_FAILED", ContainerInstanceStatusText.Wire.Of(ContainerInstanceStatus.RegistrationFailed));
    }

    [Theory]
    [InlineData(ContainerInstanceStatus.Active, "ACTIVE")]
    [InlineData(ContainerInstanceStatus.Draining, "DRAINING")]
    public void UpdateContainerInstancesState_sets_only_ACTIVE_and_DRAINING(ContainerInstanceStatus status, string text)
    {
        Assert.True(ContainerInstanceStatusText.CanBeSet(status));
        Assert.Equal(text, ContainerInstanceStatusText.ToSet(status));
    }

    [Theory]
    [InlineData(ContainerInstanceStatus.Registering)]
    [InlineData(ContainerInstanceStatus.Deregistering)]
    [InlineData(ContainerInstanceStatus.Inactive)]
    [InlineData(ContainerInstanceStatus.RegistrationFailed)]
    public void Any_other_status_is_refused_before_it_reaches_AWS(ContainerInstanceStatus status)
    {
        Assert.False(ContainerInstanceStatusText.CanBeSet(status));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContainerInstanceStatusText.ToSet(status));
    }

    [Fact]
    public void The_list_filter_takes_every_status_but_INACTIVE()
    {
        Assert.Equal(
            ["REGISTERING", "ACTIVE", "DRAINING", "DEREGISTERING", "REGISTRATION_FAILED"],
            Enum.GetValues<ContainerInstanceStatus>().Where(ContainerInstanceStatusText.CanFilterBy).Select(ContainerInstanceStatusText.ToFilter));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContainerInstanceStatusText.ToFilter(ContainerInstanceStatus.Inactive));
    }
}
