namespace EcsScaling.Aws.Wire;

/// <summary>Follows NextToken/NextMarker until the service stops returning one.</summary>
public static class Paging
{
    public static async Task<List<T>> CollectAsync<T>(Func<string?, Task<(IEnumerable<T>? Items, string? NextToken)>> fetchPage)
    {
        var all = new List<T>();
        string? token = null;
        do
        {
            var (items, next) = await fetchPage(token).ConfigureAwait(false);
            all.AddRange(items ?? []);
            token = string.IsNullOrEmpty(next) ? null : next;
        }
        while (token is not null);

        return all;
    }

    /// <summary>Runs one call per batch of at most batchSize items, in order; nothing is sent for an empty list.</summary>
    public static async Task<List<TResult>> BatchedAsync<TItem, TResult>(IReadOnlyList<TItem> items, int batchSize, Func<List<TItem>, Task<IEnumerable<TResult>?>> call)
    {
        var all = new List<TResult>();
        foreach (var batch in items.Distinct().Chunk(batchSize))
        {
            all.AddRange(await call([.. batch]).ConfigureAwait(false) ?? []);
        }

        return all;
    }
}
