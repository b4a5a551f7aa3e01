using EcsScaling.Core.Model;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Tests.Hosting;

public class OpsCommandTests
{
    public static TheoryData<OpsCommand, OpsCommand> Commands => new()
    {
        { new DrainCommand("i-0123abcd", false), new DrainCommand("i-0123abcd", true) },
        { new UndrainCommand("i-0123abcd", false), new UndrainCommand("i-0123abcd", true) },
        { new CompleteHookCommand("i-0123abcd", LifecycleResult.Abandon, "why", false), new CompleteHookCommand("i-0123abcd", LifecycleResult.Abandon, "why", true) },
        { new RebalanceCommand("prod", false, true), new RebalanceCommand("prod", true, true) },
        { new PoliciesCommand(PoliciesAction.Apply, "surge", false), new PoliciesCommand(PoliciesAction.Apply, "surge", true) },
        { new StatusCommand("prod"), new StatusCommand("prod") },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void As_dry_run_keeps_everything_but_the_dry_run_flag(OpsCommand command, OpsCommand expected)
    {
        Assert.Equal(expected, command.AsDryRun());
    }

    [Fact]
    public void Every_command_name_is_listed()
    {
        Assert.Equal(["status", "drain", "undrain", "complete-hook", "rebalance", "policies"], OpsCommandNames.All);
    }
}
