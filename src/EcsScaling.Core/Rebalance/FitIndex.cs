using System.Runtime.InteropServices;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Instances ordered by what they have left of one resource (then by index), answering "the one
/// with the least left that still fits a task" without walking past every instance that is full
/// on the other resource: each block of the order knows the most any of its entries has left of
/// the other resource, and a query skips whole blocks that cannot fit. Update costs
/// O(log n + block size); a query O(log n + block size) plus the blocks it skips for the other resource.
/// </summary>
internal sealed class FitIndex
{
    private readonly OrderedBlocks<Entry> _order = new();
    private readonly List<int> _maxOther = [];

    public void Add(int left, int index, int other)
    {
        var (b, split) = _order.Add(new Entry(left, index, other));
        if (split)
        {
            _maxOther[b] = MaxOther(_order.Block(b));
            _maxOther.Insert(b + 1, MaxOther(_order.Block(b + 1)));
        }
        else if (b == _maxOther.Count)
        {
            // The order was empty: this entry opened its first block.
            _maxOther.Add(other);
        }
        else
        {
            _maxOther[b] = Math.Max(_maxOther[b], other);
        }
    }

    public void Remove(int left, int index)
    {
        var (b, emptied, removed) = _order.Remove(new Entry(left, index, 0));
        if (emptied)
        {
            _maxOther.RemoveAt(b);
        }
        else if (removed.Other == _maxOther[b])
        {
            _maxOther[b] = MaxOther(_order.Block(b));
        }
    }

    /// <summary>The entry with the least left (then lowest index) that has at least <paramref name="needLeft"/> and <paramref name="needOther"/>.</summary>
    public (int Left, int Index)? FirstFit(int needLeft, int needOther)
    {
        // Blocks before the first that holds an entry with enough left cannot fit: start there.
        var least = new Entry(needLeft, int.MinValue, 0);
        var first = Math.Max(0, _order.BlockFor(least));
        for (var b = first; b < _order.BlockCount; b++)
        {
            var block = CollectionsMarshal.AsSpan(_order.Block(b));
            if (_maxOther[b] < needOther || block[^1].Left < needLeft)
            {
                continue;
            }

            // Only the first block can hold entries with too little left; every later one starts above it.
            for (var i = b == first ? OrderedBlocks<Entry>.Position(_order.Block(b), least) : 0; i < block.Length; i++)
            {
                if (block[i].Other >= needOther)
                {
                    return (block[i].Left, block[i].Index);
                }
            }
        }

        return null;
    }

    private static int MaxOther(List<Entry> block)
    {
        var max = int.MinValue;
        foreach (var entry in CollectionsMarshal.AsSpan(block))
        {
            max = Math.Max(max, entry.Other);
        }

        return max;
    }

    /// <summary>Ordered by what is left, then index; what is left of the other resource rides along.</summary>
    private readonly record struct Entry(int Left, int Index, int Other) : IComparable<Entry>
    {
        public int CompareTo(Entry other) => Left != other.Left ? Left.CompareTo(other.Left) : Index.CompareTo(other.Index);
    }
}
