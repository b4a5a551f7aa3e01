using EcsScaling.Aws.Wire;
using EcsScaling.Functions.Ops;
using Spectre.Console;

namespace EcsScaling.Cli.Ops;

/// <summary>The ops function's response, as its exact JSON (for scripts) or as tables (for humans).</summary>
internal static class OpsRenderer
{
    public static void Render(OpsResponse response, OpsIo io, bool json)
    {
        if (json)
        {
            io.Output.WriteLine(System.Text.Encoding.UTF8.GetString(Utf8JsonWriterMembers.ToUtf8(response, OpsResponseJson.Write)));
            return;
        }

        var console = io.Console;
        if (response.DryRun && response.Status is null)
        {
            console.MarkupLine("[yellow]Dry run: nothing was changed.[/]");
        }

        if (response.Status is { } status)
        {
            StatusTables.Render(console, status);
        }

        if (response.Drain is { } drain)
        {
            ResultTables.RenderDrain(console, drain);
        }

        if (response.Rebalance is { } rebalance)
        {
            ResultTables.RenderRebalance(console, rebalance);
        }

        if (response.Policies is { } policies)
        {
            ResultTables.RenderPolicies(console, policies);
        }
    }
}
