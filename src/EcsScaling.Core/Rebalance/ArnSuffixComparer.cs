namespace EcsScaling.Core.Rebalance;

/// <summary>
/// Ordinal equality for ARNs of one kind, hashing only their last <see cref="HashedLength"/> characters: they share
/// a long prefix (<c>arn:aws:ecs:region:account:container-instance/cluster/</c>) and the id after it is what tells
/// them apart. Indexing 100,000 tasks by instance hashes one ARN per task, and the prefix was most of that work.
/// </summary>
public sealed class ArnSuffixComparer : IEqualityComparer<string>
{
    public const int HashedLength = 16;

    public static readonly ArnSuffixComparer Instance = new();

    public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

    public int GetHashCode(string arn) => string.GetHashCode(arn.AsSpan(Math.Max(0, arn.Length - HashedLength)));
}
