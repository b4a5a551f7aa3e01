namespace EcsScaling.Aws.Wire;

/// <summary>Follows NextToken/NextMarker until the service stops returning one, and splits lists to an API's per-call limit.</summary>
public static class Paging
{
    public static async Task<IReadOnlyList<T>> CollectAsync<T>(Func<string?, Task<Page<T>>> fetchPage)
    {
        var all = new List<T>();
        string? token = null;
        do
        {
            var page = await fetchPage(token).ConfigureAwait(false);
            all.AddRange(page.Items);
            token = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
        }
        while (token is not null);

        return all;
    }

    /// <summary>Runs one call per batch of at most batchSize distinct items, in order; nothing is sent for an empty list.</summary>
    public static async Task InBatchesAsync<TItem>(IReadOnlyList<TItem> items, int batchSize, Func<List<TItem>, Task> call)
    {
        foreach (var batch in items.Distinct().Chunk(batchSize))
        {
            await call([.. batch]).ConfigureAwait(false);
        }
    }

    /// <summary>InBatchesAsync, the answers of all batches concatenated.</summary>
    public static async Task<IReadOnlyList<TResult>> BatchedAsync<TItem, TResult>(IReadOnlyList<TItem> items, int batchSize, Func<List<TItem>, Task<IReadOnlyList<TResult>>> call)
    {
        var all = new List<TResult>();
        await InBatchesAsync(items, batchSize, async batch => all.AddRange(await call(batch).ConfigureAwait(false))).ConfigureAwait(false);
        return all;
    }
}
