using EcsScaling.Core.Model;
using EcsScaling.Core.Rebalance;
using EcsScaling.Core.Tests.Fakes;
using FsCheck.Xunit;

namespace EcsScaling.Core.Tests.Rebalance;

public class ArnOrderTests
{
    private static readonly ContainerInstance On = Build.Instance("i-1");

    private static int Sign(string a, string b)
    {
        var tasks = new[] { Build.Task(a, On), Build.Task(b, On) };
        var order = new ArnOrder(tasks);
        order.Read(0);
        order.Read(1);
        return Math.Sign(order.Compare(0, 1));
    }

    private static void AssertOrdinal(string a, string b) =>
        Assert.Equal(Math.Sign(string.CompareOrdinal(Build.Task(a, On).Arn, Build.Task(b, On).Arn)), Sign(a, b));

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdee")] // equal keys: the strings decide
    [InlineData("0123456789abcdef", "0123456789abcdef0")] // a prefix sorts first
    [InlineData("svc1-10", "svc1-2")]
    [InlineData("a", "a")]
    [InlineData("", "a")]
    [InlineData("é1", "a1")] // outside ASCII: no key, the strings decide
    [InlineData("a\u0000", "a")]
    [InlineData("b", "other/a")] // another prefix: no key
    public void Orders_as_ordinal_comparison_does(string a, string b)
    {
        AssertOrdinal(a, b);
        AssertOrdinal(b, a);
    }

    [Property(MaxTest = 500)]
    public bool Any_two_task_ids_order_as_ordinal_comparison_does(string a, string b) =>
        Sign(a ?? "", b ?? "") == Math.Sign(string.CompareOrdinal(Build.Task(a ?? "", On).Arn, Build.Task(b ?? "", On).Arn));

    [Property(MaxTest = 300)]
    public bool Hex_ids_order_as_ordinal_comparison_does(Guid a, Guid b) =>
        Sign(a.ToString("N"), b.ToString("N")) == Math.Sign(string.CompareOrdinal(a.ToString("N"), b.ToString("N")));
}
