using FsCheck;
using FsCheck.Fluent;

namespace EcsScaling.Core.Tests.Policies;

/// <summary>
/// An alarm flapping OK → ALARM → OK…, each state change delivered one to three times, late and
/// out of order, with scheduled ticks in between. Times are seconds after the storm starts.
/// </summary>
public sealed record AlarmStorm(IReadOnlyList<int> TransitionSeconds, IReadOnlyList<(int Transition, int Second)> Deliveries, IReadOnlyList<int> TickSeconds)
{
    /// <summary>Transitions alternate, starting from OK: odd counts end in ALARM.</summary>
    public string FinalState => TransitionSeconds.Count % 2 == 1 ? "ALARM" : "OK";

    public static string StateOf(int transition) => transition % 2 == 0 ? "ALARM" : "OK";

    public override string ToString() =>
        $"transitions [{string.Join(",", TransitionSeconds.Select((s, i) => $"{StateOf(i)}@{s}"))}] deliveries [{string.Join(",", Deliveries.Select(d => $"#{d.Transition}@{d.Second}"))}] ticks [{string.Join(",", TickSeconds)}]";
}

public static class AlarmStormArbitrary
{
    public static Arbitrary<AlarmStorm> Storms() =>
        (from count in Gen.Choose(1, 8)
         from gaps in Gen.ArrayOf(Gen.Choose(1, 900), count)
         from copies in Gen.ArrayOf(Gen.Choose(1, 3), count)
         from delays in Gen.ArrayOf(Gen.Choose(0, 1500), count * 3)
         from allAfterTheStorm in Gen.Elements(false, true)
         from order in Gen.Shuffle(Enumerable.Range(0, count * 3))
         from ticks in Gen.ListOf(Gen.Choose(0, 900 * count), 4)
         select Build(gaps, copies, delays, allAfterTheStorm, order, ticks))
        .ToArbitrary();

    private static AlarmStorm Build(int[] gaps, int[] copies, int[] delays, bool allAfterTheStorm, int[] order, IEnumerable<int> ticks)
    {
        var times = gaps.Select((_, i) => gaps.Take(i + 1).Sum()).ToArray();
        var events = Enumerable.Range(0, times.Length).SelectMany(t => Enumerable.Range(0, copies[t]).Select(c => (Transition: t, Slot: t * 3 + c))).ToList();

        // Either each copy arrives some time after its change, or every copy arrives after the whole storm in a random permutation.
        var deliveries = allAfterTheStorm
            ? events.OrderBy(e => order[e.Slot]).Select((e, rank) => (e.Transition, times[^1] + rank)).ToList()
            : events.Select(e => (e.Transition, times[e.Transition] + delays[e.Slot])).OrderBy(d => d.Item2).ToList();
        return new AlarmStorm(times, deliveries, [.. ticks.Order()]);
    }
}
