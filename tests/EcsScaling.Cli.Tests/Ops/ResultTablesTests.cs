using EcsScaling.Cli.Ops;
using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Forecast;
using Spectre.Console;

namespace EcsScaling.Cli.Tests.Ops;

public class ResultTablesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_drift_report_shows_each_forecast_beside_the_desired_count_and_says_when_there_is_none()
    {
        var result = new PolicyResult(PolicyOutcome.NoChange, "normal", null, true, [], "AWS matches profile 'normal'",
        [
            new ForecastComparison("service/prod/web", "ecs-scaling-forecast", 4, [new ForecastPoint(Now, 5), new ForecastPoint(Now.AddHours(1), 7.5)], Now, null),
            new ForecastComparison("service/prod/api", "ecs-scaling-forecast", null, [], null, "no forecast yet"),
        ]);

        var text = Rendered(result);

        Assert.Contains("Forecast (ForecastOnly) against target tracking", text, StringComparison.Ordinal);
        Assert.Matches(@"service/prod/web\s*│\s*ecs-scaling-forecast\s*│\s*4\s*│\s*03h 5  04h 7\.5", text);
        Assert.Matches(@"service/prod/api\s*│\s*ecs-scaling-forecast\s*│\s*\?\s*│\s*no forecast yet", text);
    }

    [Fact]
    public void A_report_without_predictive_policies_has_no_forecast_table()
    {
        Assert.DoesNotContain("Forecast", Rendered(new PolicyResult(PolicyOutcome.NoChange, "normal", null, true, [], "m")), StringComparison.Ordinal);
    }

    private static string Rendered(PolicyResult result)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        ResultTables.RenderPolicies(console, result);
        return output.ToString();
    }
}
