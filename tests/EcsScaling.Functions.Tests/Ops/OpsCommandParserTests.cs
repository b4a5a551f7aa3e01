using EcsScaling.Core.Model;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Events;
using EcsScaling.Functions.Hosting;
using EcsScaling.Functions.Ops;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Status;
using EcsScaling.Functions.Tests.Support;

namespace EcsScaling.Functions.Tests.Ops;

public class OpsCommandParserTests
{
    private const string Id = "i-0123456789abcdef0";

    private static OpsCommand Parse(string json) => OpsCommandParser.Parse(Samples.Utf8(json));

    private static EventParseException Error(string json) => Assert.Throws<EventParseException>(() => Parse(json));

    [Fact]
    public void Status_takes_an_optional_cluster()
    {
        Assert.Equal(new StatusCommand(null), Parse("""{"command":"status"}"""));
        Assert.Equal(new StatusCommand("prod"), Parse("""{"command":"status","cluster":"prod"}"""));
        Assert.Equal(new StatusCommand("arn:aws:ecs:eu-west-1:123456789012:cluster/prod"), Parse("""{"command":"status","cluster":"arn:aws:ecs:eu-west-1:123456789012:cluster/prod"}"""));
    }

    [Fact]
    public void Drain_and_undrain_default_to_executing()
    {
        Assert.Equal(new DrainCommand(Id, false), Parse($$"""{"command":"drain","instanceId":"{{Id}}"}"""));
        Assert.Equal(new DrainCommand("i-0123abcd", true), Parse("""{"command":"drain","instanceId":"i-0123abcd","dryRun":true}"""));
        Assert.Equal(new UndrainCommand(Id, true), Parse($$"""{"command":"undrain","instanceId":"{{Id}}","dryRun":true}"""));
    }

    [Theory]
    [InlineData("CONTINUE", LifecycleResult.Continue)]
    [InlineData("abandon", LifecycleResult.Abandon)]
    public void Complete_hook_reads_result_and_trimmed_reason(string result, LifecycleResult expected)
    {
        var command = Parse($$"""{"command":"complete-hook","instanceId":"{{Id}}","result":"{{result}}","reason":"  stuck task  "}""");

        Assert.Equal(new CompleteHookCommand(Id, expected, "stuck task", false), command);
    }

    [Fact]
    public void Rebalance_needs_a_cluster_and_reads_its_flags()
    {
        Assert.Equal(new RebalanceCommand("prod", true, true), Parse("""{"command":"rebalance","cluster":"prod","dryRun":true,"ignoreCooldown":true}"""));
        Assert.Equal("cluster", Error("""{"command":"rebalance"}""").Path);
    }

    [Fact]
    public void Policies_diff_and_apply()
    {
        Assert.Equal(new PoliciesCommand(PoliciesAction.Diff, null, false), Parse("""{"command":"policies","action":"diff"}"""));
        Assert.Equal(new PoliciesCommand(PoliciesAction.Apply, "surge", true), Parse("""{"command":"policies","action":"apply","profile":"surge","dryRun":true}"""));
    }

    [Theory]
    [InlineData("""{"command":"reboot"}""", "command", "unknown command")]
    [InlineData("""{"command":"DRAIN","instanceId":"i-0123abcd"}""", "command", "unknown command")]
    [InlineData("""{"instanceId":"i-0123abcd"}""", "command", "missing")]
    [InlineData("""{"command":"drain","instanceId":"i-0123abcd","force":true}""", "force", "not a field of \"drain\"")]
    [InlineData("""{"command":"status","instanceId":"i-0123abcd"}""", "instanceId", "not a field of \"status\"")]
    [InlineData("""{"command":"drain"}""", "instanceId", "missing")]
    [InlineData("""{"command":"drain","instanceId":"i-123"}""", "instanceId", "not an EC2 instance id")]
    [InlineData("""{"command":"drain","instanceId":"I-0123ABCD"}""", "instanceId", "not an EC2 instance id")]
    [InlineData("""{"command":"drain","instanceId":"i-0123abcd","dryRun":"maybe"}""", "dryRun", "")]
    [InlineData("""{"command":"drain","instanceId":"i-0123abcd","dryRun":true,"dryRun":false}""", "dryRun", "more than once")]
    [InlineData("""{"command":"complete-hook","instanceId":"i-0123abcd","result":"RETRY","reason":"x"}""", "result", "not CONTINUE or ABANDON")]
    [InlineData("""{"command":"complete-hook","instanceId":"i-0123abcd","result":"CONTINUE"}""", "reason", "missing")]
    [InlineData("""{"command":"complete-hook","instanceId":"i-0123abcd","result":"CONTINUE","reason":"   "}""", "reason", "")]
    [InlineData("""{"command":"policies","action":"destroy"}""", "action", "not diff or apply")]
    [InlineData("""{"command":"policies"}""", "action", "missing")]
    public void Errors_name_the_field(string json, string path, string problem)
    {
        var error = Error(json);

        Assert.Equal(path, error.Path);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("instanceId", "i-0123abcd; rm -rf /")]
    [InlineData("instanceId", "i-0123abcd\n")]
    [InlineData("instanceId", "i-0123abcd' OR '1'='1")]
    [InlineData("cluster", "prod\" || true")]
    [InlineData("cluster", "../../etc/passwd")]
    [InlineData("cluster", "prod$(whoami)")]
    [InlineData("cluster", "prod\n")]
    [InlineData("profile", "surge; drop")]
    [InlineData("profile", "<script>")]
    public void Injection_looking_values_are_refused_naming_the_field(string field, string value)
    {
        var command = field switch
        {
            "instanceId" => "drain",
            "cluster" => "status",
            _ => "policies",
        };
        var extra = command == "policies" ? ",\"action\":\"diff\"" : "";
        var json = $"{{\"command\":\"{command}\"{extra},\"{field}\":{System.Text.Json.JsonSerializer.Serialize(value, TestJson.Default.String)}}}";

        Assert.Equal(field, Error(json).Path);
    }

    [Fact]
    public void Very_long_values_are_truncated_in_the_error()
    {
        var error = Error($$"""{"command":"{{new string('x', 5000)}}"}""");

        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"drain\"")]
    [InlineData("{not json")]
    public void Not_an_object_is_refused(string json)
    {
        Assert.ThrowsAny<EventParseException>(() => Parse(json));
    }
}
