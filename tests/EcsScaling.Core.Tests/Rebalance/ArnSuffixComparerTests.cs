using EcsScaling.Core.Rebalance;
using FsCheck.Xunit;

namespace EcsScaling.Core.Tests.Rebalance;

public class ArnSuffixComparerTests
{
    private const string Prefix = "arn:aws:ecs:us-east-1:123456789012:container-instance/prod/";

    private static readonly ArnSuffixComparer Comparer = ArnSuffixComparer.Instance;

    [Fact]
    public void ArnsWithTheSameIdUnderAnotherPrefixAreDifferentKeysThatHashAlike()
    {
        var id = "0123456789abcdef0123456789abcdef";
        var here = Prefix + id;
        var there = "arn:aws:ecs:eu-west-1:123456789012:container-instance/prod/" + id;

        Assert.False(Comparer.Equals(here, there));
        Assert.Equal(Comparer.GetHashCode(here), Comparer.GetHashCode(there));
        var index = new Dictionary<string, int>(Comparer) { [here] = 1, [there] = 2 };
        Assert.Equal(1, index[here]);
        Assert.Equal(2, index[there]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("0123456789abcde")] // one shorter than what is hashed
    [InlineData("0123456789abcdef")]
    public void ShortStringsAreKeysToo(string key)
    {
        var index = new Dictionary<string, int>(Comparer) { [key] = 7, [key + "x"] = 8 };

        Assert.Equal(7, index[key]);
        Assert.Equal(8, index[key + "x"]);
        Assert.False(index.ContainsKey(key.ToUpperInvariant() + "X"));
    }

    [Property]
    public bool EqualityIsOrdinalAndEqualKeysHashAlike(string a, string b)
    {
        a ??= "";
        b ??= "";
        var copy = new string(a.AsSpan());
        return Comparer.Equals(a, b) == string.Equals(a, b, StringComparison.Ordinal)
            && Comparer.Equals(a, copy) && Comparer.GetHashCode(a) == Comparer.GetHashCode(copy);
    }

    [Fact]
    public void EveryInstanceOfALargeClusterIsFoundByItsArn()
    {
        var arns = Enumerable.Range(0, 5_000).Select(i => Prefix + i.ToString("x32")).ToList();
        var index = new Dictionary<string, int>(Comparer);
        for (var i = 0; i < arns.Count; i++)
        {
            index.Add(arns[i], i);
        }

        Assert.All(Enumerable.Range(0, arns.Count), i => Assert.Equal(i, index[new string(arns[i].AsSpan())]));
        Assert.False(index.ContainsKey(Prefix + 5_000.ToString("x32")));
    }
}
