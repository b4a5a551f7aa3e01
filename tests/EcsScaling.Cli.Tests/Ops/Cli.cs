using System.CommandLine;
using System.Text.Json;
using EcsScaling.Cli.Ops;

namespace EcsScaling.Cli.Tests.Ops;

public sealed record CliRun(int Code, string Out, string Err)
{
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Out);
        return document.RootElement.Clone();
    }

    /// <summary>--wait with --output json writes JSON Lines: the response, then one sample per poll.</summary>
    public IReadOnlyList<JsonElement> JsonLines() =>
        [.. Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}

/// <summary>Runs the ops commands in-process, as Program does, with captured stdout and stderr.</summary>
public static class Cli
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        var root = OpsCommandLine.AddTo(new RootCommand("test root"));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await OpsCommandLine.InvokeAsync(root, args, new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The simulated demo cluster's busiest ACTIVE instance, read through `status`.</summary>
    public static async Task<string> BusyInstanceAsync()
    {
        var status = await RunAsync("status", "--simulate", "-o", "json");
        return status.Json().GetProperty("status").GetProperty("clusters")[0].GetProperty("measurement").GetProperty("instances").EnumerateArray()
            .OrderByDescending(i => i.GetProperty("tasks").GetInt32())
            .First().GetProperty("ec2InstanceId").GetString()!;
    }

    public static string Event(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")))
            {
                return Path.Combine(dir.FullName, "events", name);
            }
        }

        throw new InvalidOperationException("events/ not found");
    }
}
