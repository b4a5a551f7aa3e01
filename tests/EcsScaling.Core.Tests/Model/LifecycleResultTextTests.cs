using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Model;

public class LifecycleResultTextTests
{
    [Theory]
    [InlineData(LifecycleResult.Continue, "CONTINUE")]
    [InlineData(LifecycleResult.Abandon, "ABANDON")]
    public void Each_result_is_spelled_as_CompleteLifecycleAction_takes_it(LifecycleResult result, string text)
    {
        Assert.Equal(text, LifecycleResultText.Wire.Of(result));
        Assert.Equal(result, LifecycleResultText.Wire.Parse(text));
    }

    [Fact]
    public void Every_result_is_in_the_table() =>
        Assert.Equal(Enum.GetValues<LifecycleResult>().Order(), LifecycleResultText.Wire.Words.Select(w => w.Value).Order());
}
