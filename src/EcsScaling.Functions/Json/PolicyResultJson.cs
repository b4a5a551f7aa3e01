using System.Text.Json;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Reconcile;

namespace EcsScaling.Functions.Json;

/// <summary>The policies function's answer: the outcome, the profile and the drift found or fixed.</summary>
public static class PolicyResultJson
{
    public static void Write(Utf8JsonWriter writer, PolicyResult result)
    {
        writer.WriteStartObject();
        writer.WriteName("outcome", result.Outcome);
        writer.WriteString("profile", result.Profile);
        writer.WriteOptional("previousProfile", result.PreviousProfile);
        writer.WriteBoolean("dryRun", result.DryRun);
        writer.WriteArray("changes", result.Changes, WriteDrift);
        writer.WriteString("message", result.Message);
        writer.WriteEndObject();
    }

    private static void WriteDrift(Utf8JsonWriter writer, DriftItem drift)
    {
        writer.WriteStartObject();
        writer.WriteName("resourceKind", drift.ResourceKind);
        writer.WriteString("resourceId", drift.ResourceId);
        writer.WriteName("subject", drift.Subject);
        writer.WriteString("name", drift.Name);
        writer.WriteName("action", drift.Action);
        writer.WriteArray("differences", drift.Differences, WriteDifference);
        writer.WriteEndObject();
    }

    private static void WriteDifference(Utf8JsonWriter writer, FieldDifference difference)
    {
        writer.WriteStartObject();
        writer.WriteString("field", difference.Field);
        writer.WriteOptional("expected", difference.Expected);
        writer.WriteOptional("actual", difference.Actual);
        writer.WriteEndObject();
    }
}
