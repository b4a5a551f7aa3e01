using System.Text.Json;
using EcsScaling.Aws.Wire;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Forecast;
using EcsScaling.Core.Policies.Reconcile;

namespace EcsScaling.Functions.Policies;

/// <summary>The policies function's answer: the outcome, the profile and the drift found or fixed.</summary>
public static class PolicyResultJson
{
    public static void Write(Utf8JsonWriter w, PolicyResult r) => w.Members(r, WriteMembers);

    public static void WriteMembers(Utf8JsonWriter w, PolicyResult r) =>
        w.Name("outcome", r.Outcome).String("profile", r.Profile).String("previousProfile", r.PreviousProfile).Boolean("dryRun", r.DryRun)
            .Objects("changes", r.Changes, WriteDrift).String("message", r.Message).Objects("forecasts", r.Forecasts, WriteForecast);

    /// <summary>A ForecastOnly policy's next hourly capacity forecast beside the desired count target tracking set.</summary>
    private static void WriteForecast(Utf8JsonWriter w, ForecastComparison f) =>
        w.String("resourceId", f.ResourceId).String("policyName", f.PolicyName).Number("desiredCount", f.DesiredCount)
            .Objects("capacity", f.Capacity, static (p, point) => p.Time("at", point.At).Number("value", point.Value))
            .Time("updatedAt", f.UpdatedAt).String("note", f.Note);

    private static void WriteDrift(Utf8JsonWriter w, DriftItem d) =>
        w.Name("resourceKind", d.ResourceKind).String("resourceId", d.ResourceId).Name("subject", d.Subject).String("name", d.Name)
            .Name("action", d.Action).Objects("differences", d.Differences, WriteDifference);

    private static void WriteDifference(Utf8JsonWriter w, FieldDifference d) =>
        w.String("field", d.Field).String("expected", d.Expected).String("actual", d.Actual);
}
