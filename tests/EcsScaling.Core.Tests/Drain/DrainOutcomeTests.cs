using EcsScaling.Core.Drain;

namespace EcsScaling.Core.Tests.Drain;

public class DrainOutcomeTests
{
    /// <summary>The spellings of the drain answer and its log line, which operators' scripts match on.</summary>
    [Fact]
    public void Every_outcome_keeps_the_spelling_the_answers_always_had()
    {
        Assert.Equal(
            ["pending", "planned", "applied", "no-op", "ignored", "failed", "deferred", "refused"],
            Enum.GetValues<DrainOutcome>().Select(DrainOutcomeText.Wire.Of));
    }

    [Fact]
    public void Each_spelling_reads_back()
    {
        Assert.All(Enum.GetValues<DrainOutcome>(), o => Assert.Equal(o, DrainOutcomeText.Wire.Parse(DrainOutcomeText.Wire.Of(o))));
    }
}
