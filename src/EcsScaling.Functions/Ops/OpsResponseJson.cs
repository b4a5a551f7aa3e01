using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Functions.Drain;
using EcsScaling.Functions.Policies;
using EcsScaling.Functions.Rebalance;
using EcsScaling.Functions.Status;

namespace EcsScaling.Functions.Ops;

/// <summary>The ops function's answer (also what the CLI prints with --output json): the command's own result, written by its capability's writer.</summary>
public static class OpsResponseJson
{
    public static void Write(Utf8JsonWriter w, OpsResponse r) => w.Members(r, WriteMembers);

    public static void WriteMembers(Utf8JsonWriter w, OpsResponse r) =>
        w.String("command", r.Command).Boolean("dryRun", r.DryRun).Object("status", r.Status, StatusReportJson.WriteMembers)
            .Object("drain", r.Drain, DrainResultJson.WriteMembers).Object("rebalance", r.Rebalance, RebalanceResultJson.WriteMembers)
            .Object("policies", r.Policies, PolicyResultJson.WriteMembers);
}
