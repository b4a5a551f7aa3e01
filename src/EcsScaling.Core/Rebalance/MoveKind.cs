namespace EcsScaling.Core.Rebalance;

/// <summary>Why a task is stopped: to even out a spread service, or to free an instance of a binpack service's tasks.</summary>
public enum MoveKind
{
    Spread,
    Consolidate,
}
