using EcsScaling.Core.Model;

namespace EcsScaling.Core.Tests.Model;

public class WireTextTests
{
    private static readonly WireText<LifecycleTransition> Words = new(("up", LifecycleTransition.Launching), ("down", LifecycleTransition.Terminating));

    [Fact]
    public void Each_value_is_written_and_read_as_its_one_spelling()
    {
        Assert.Equal("down", Words.Of(LifecycleTransition.Terminating));
        Assert.True(Words.TryParse("up", out var parsed));
        Assert.Equal(LifecycleTransition.Launching, parsed);
    }

    [Theory]
    [InlineData("UP")]
    [InlineData(" up")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_the_exact_spelling_is_refused(string? text)
    {
        Assert.False(Words.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => Words.Parse(text));
        Assert.Equal($"unknown LifecycleTransition \"{text}\": expected up or down", error.Message);
    }

    [Fact]
    public void A_value_without_a_spelling_is_a_mistake_not_a_guess()
    {
        var partial = new WireText<LifecycleTransition>(("up", LifecycleTransition.Launching));

        Assert.Throws<ArgumentOutOfRangeException>(() => partial.Of(LifecycleTransition.Terminating));
        Assert.Equal("up", partial.Expected);
    }

    [Fact]
    public void The_choices_read_as_a_sentence_in_table_order()
    {
        var three = new WireText<ContainerInstanceStatus>(("A", ContainerInstanceStatus.Active), ("B", ContainerInstanceStatus.Draining), ("C", ContainerInstanceStatus.Inactive));

        Assert.Equal("A, B or C", three.Expected);
        Assert.Equal(["A", "B", "C"], three.Words.Select(w => w.Text));
    }
}
