namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Instances ordered by what they have left of one resource (then by index), answering "the one
/// with the least left that still fits a task" without walking past every instance that is full
/// on the other resource: entries sit in blocks of about <see cref="BlockSize"/>, each block knows
/// the most any of its entries has left of the other resource, and a query skips whole blocks
/// that cannot fit. Update costs O(log n + BlockSize); a query O(log n + BlockSize) plus the
/// blocks it skips for the other resource.
/// </summary>
internal sealed class FitIndex
{
    private const int BlockSize = 64;

    private readonly List<List<(int Left, int Index, int Other)>> _blocks = [];
    private readonly List<int> _maxOther = [];

    public void Add(int left, int index, int other)
    {
        var b = BlockFor(left, index);
        if (b < 0)
        {
            _blocks.Add([]);
            _maxOther.Add(int.MinValue);
            b = 0;
        }

        var block = _blocks[b];
        block.Insert(Position(block, left, index), (left, index, other));
        _maxOther[b] = Math.Max(_maxOther[b], other);
        if (block.Count > 2 * BlockSize)
        {
            var upper = block.GetRange(BlockSize, block.Count - BlockSize);
            block.RemoveRange(BlockSize, block.Count - BlockSize);
            _blocks.Insert(b + 1, upper);
            _maxOther.Insert(b + 1, MaxOther(upper));
            _maxOther[b] = MaxOther(block);
        }
    }

    public void Remove(int left, int index)
    {
        var b = BlockFor(left, index);
        var block = _blocks[b];
        var at = Position(block, left, index);
        if (at >= block.Count || block[at].Left != left || block[at].Index != index)
        {
            throw new InvalidOperationException($"instance {index} is not indexed with {left} left");
        }

        var other = block[at].Other;
        block.RemoveAt(at);
        if (block.Count == 0)
        {
            _blocks.RemoveAt(b);
            _maxOther.RemoveAt(b);
        }
        else if (other == _maxOther[b])
        {
            _maxOther[b] = MaxOther(block);
        }
    }

    /// <summary>The entry with the least left (then lowest index) that has at least <paramref name="needLeft"/> and <paramref name="needOther"/>.</summary>
    public (int Left, int Index)? FirstFit(int needLeft, int needOther)
    {
        // Blocks before the first that holds an entry with enough left cannot fit: start there.
        for (var b = Math.Max(0, BlockFor(needLeft, int.MinValue)); b < _blocks.Count; b++)
        {
            var block = _blocks[b];
            if (_maxOther[b] < needOther || block[^1].Left < needLeft)
            {
                continue;
            }

            for (var i = Position(block, needLeft, int.MinValue); i < block.Count; i++)
            {
                if (block[i].Other >= needOther)
                {
                    return (block[i].Left, block[i].Index);
                }
            }
        }

        return null;
    }

    /// <summary>The block an entry belongs in: the first whose last entry is not below it (the last block when none is); −1 when empty.</summary>
    private int BlockFor(int left, int index)
    {
        int low = 0, high = _blocks.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            var last = _blocks[mid][^1];
            if ((last.Left, last.Index).CompareTo((left, index)) >= 0)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return high;
    }

    private static int Position(List<(int Left, int Index, int Other)> block, int left, int index)
    {
        int low = 0, high = block.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if ((block[mid].Left, block[mid].Index).CompareTo((left, index)) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static int MaxOther(List<(int Left, int Index, int Other)> block)
    {
        var max = int.MinValue;
        foreach (var entry in block)
        {
            max = Math.Max(max, entry.Other);
        }

        return max;
    }
}
