using System.Runtime.InteropServices;

namespace EcsScaling.Core.Rebalance;

/// <summary>
/// A sorted collection kept in blocks of about <see cref="BlockSize"/> entries: adding or removing
/// costs O(log n + BlockSize) and allocates only when a block splits, and walking it in order
/// allocates nothing. The planner updates its instance orders on every trial move and walks them
/// for every placement; a node per entry (SortedSet) made both of those allocate, which at whole-
/// cluster scale was a fifth of a plan's allocation.
/// </summary>
internal sealed class OrderedBlocks<T>
    where T : struct, IComparable<T>
{
    public const int BlockSize = 64;

    private readonly List<List<T>> _blocks = [];
    // Each block's last entry, side by side: finding a block then reads one array, not a list and its array per block visited.
    private readonly List<T> _lasts = [];

    public int Count { get; private set; }

    public int BlockCount => _blocks.Count;

    public List<T> Block(int b) => _blocks[b];

    /// <summary>Adds the entry; returns its block, and whether that block split (its upper half is then block + 1).</summary>
    public (int Block, bool Split) Add(T entry)
    {
        var b = BlockFor(entry);
        if (b < 0)
        {
            _blocks.Add([]);
            _lasts.Add(entry);
            b = 0;
        }

        var block = _blocks[b];
        block.Insert(Position(block, entry), entry);
        _lasts[b] = block[^1];
        Count++;
        if (block.Count <= 2 * BlockSize)
        {
            return (b, false);
        }

        var upper = block.GetRange(BlockSize, block.Count - BlockSize);
        block.RemoveRange(BlockSize, block.Count - BlockSize);
        _blocks.Insert(b + 1, upper);
        _lasts[b] = block[^1];
        _lasts.Insert(b + 1, upper[^1]);
        return (b, true);
    }

    /// <summary>Removes the entry equal to <paramref name="entry"/> and returns it with its block, and whether that emptied the block (it is then gone).</summary>
    public (int Block, bool Emptied, T Removed) Remove(T entry)
    {
        var b = BlockFor(entry);
        var block = b >= 0 ? _blocks[b] : [];
        var at = Position(block, entry);
        if (at >= block.Count || block[at].CompareTo(entry) != 0)
        {
            throw new InvalidOperationException($"{entry} is not in the order");
        }

        var removed = block[at];
        block.RemoveAt(at);
        Count--;
        if (block.Count > 0)
        {
            _lasts[b] = block[^1];
            return (b, false, removed);
        }

        _blocks.RemoveAt(b);
        _lasts.RemoveAt(b);
        return (b, true, removed);
    }

    /// <summary>The block an entry belongs in: the first whose last entry is not below it (the last block when none is); −1 when empty.</summary>
    public int BlockFor(T entry)
    {
        var lasts = CollectionsMarshal.AsSpan(_lasts);
        int low = 0, high = lasts.Length - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (lasts[mid].CompareTo(entry) >= 0)
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

    /// <summary>Where in its block the first entry not below <paramref name="entry"/> is.</summary>
    public static int Position(List<T> block, T entry)
    {
        var entries = CollectionsMarshal.AsSpan(block);
        int low = 0, high = entries.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (entries[mid].CompareTo(entry) < 0)
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

    public Enumerator GetEnumerator() => new(_blocks);

    public struct Enumerator(List<List<T>> blocks)
    {
        private int _block;
        private int _at = -1;

        public readonly T Current => blocks[_block][_at];

        public bool MoveNext()
        {
            while (_block < blocks.Count)
            {
                if (++_at < blocks[_block].Count)
                {
                    return true;
                }

                _block++;
                _at = -1;
            }

            return false;
        }
    }
}
