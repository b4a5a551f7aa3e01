using EcsScaling.Functions.Hosting;

namespace EcsScaling.Functions.Tests.Hosting;

public class ErrorReportTests
{
    [Fact]
    public void An_exception_reports_its_type_message_and_stack_lines()
    {
        ErrorReport report;
        try
        {
            throw new TimeoutException("too slow");
        }
        catch (TimeoutException e)
        {
            report = ErrorReport.From(e);
        }

        Assert.Equal(("too slow", "TimeoutException"), (report.ErrorMessage, report.ErrorType));
        Assert.Contains(report.StackTrace, line => line.StartsWith("at ", StringComparison.Ordinal) && line.Contains(nameof(An_exception_reports_its_type_message_and_stack_lines)));
    }

    [Fact]
    public void An_exception_never_thrown_has_an_empty_stack()
    {
        Assert.Empty(ErrorReport.From(new InvalidOperationException("x")).StackTrace);
    }
}
