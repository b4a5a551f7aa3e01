using EcsScaling.Aws.Wire;

namespace EcsScaling.Aws.Tests.Wire;

public class PagingTests
{
    [Fact]
    public async Task Follows_tokens_until_none_is_returned()
    {
        var pages = new Dictionary<string, Page<int>> { [""] = new([1, 2], "a"), ["a"] = new([3], ""), };
        var asked = new List<string?>();

        var all = await Paging.CollectAsync<int>(token =>
        {
            asked.Add(token);
            return Task.FromResult(pages[token ?? string.Empty]);
        });

        Assert.Equal([1, 2, 3], all);
        Assert.Equal([null, "a"], asked);
    }

    [Fact]
    public async Task Batches_split_at_the_limit_dedupe_and_send_nothing_for_an_empty_list()
    {
        var sizes = new List<int>();
        async Task<IReadOnlyList<int>> Call(List<int> batch)
        {
            sizes.Add(batch.Count);
            await Task.Yield();
            return batch;
        }

        var items = Enumerable.Range(0, 25).Concat([0, 1]).ToList();

        Assert.Equal(Enumerable.Range(0, 25), await Paging.BatchedAsync<int, int>(items, 10, Call));
        Assert.Equal([10, 10, 5], sizes);
        Assert.Empty(await Paging.BatchedAsync<int, int>([], 10, Call));
        Assert.Equal(3, sizes.Count);
    }
}
