using EcsScaling.Core.Model;
using EcsScaling.Core.Policies;
using EcsScaling.Core.Policies.Profiles;

namespace EcsScaling.Core.Tests.Policies.Profiles;

public class ProfileDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(10);
    private static readonly AlarmProfile[] Map = [new("latency", "surge"), new("cpu", "warm")];

    [Fact]
    public void An_alarm_in_ALARM_switches_to_its_profile_and_records_when_the_alarm_changed()
    {
        var decision = Decide(ActiveProfile.Normal, State("latency", "ALARM", -60));

        Assert.Equal(new ProfileDecision("surge", true, "alarm 'latency' is in ALARM", "latency", Now.AddSeconds(-60)), decision);
    }

    [Fact]
    public void The_first_alarm_of_the_map_wins_when_several_fire()
    {
        var decision = Decide(ActiveProfile.Normal, State("cpu", "ALARM", -5), State("latency", "ALARM", -60));

        Assert.Equal("surge", decision.Profile);
    }

    [Fact]
    public void Its_profile_already_active_means_no_switch()
    {
        Assert.False(Decide(Surge(-300), State("latency", "ALARM", -400)).Switch);
    }

    [Fact]
    public void OK_for_less_than_the_hold_keeps_the_profile_and_says_when_normal_returns()
    {
        var decision = Decide(Surge(-3600), State("latency", "OK", -60));

        Assert.Equal(("surge", false), (decision.Profile, decision.Switch));
        Assert.Equal(Now.AddSeconds(-60) + Hold, decision.RestoreAt);
    }

    [Fact]
    public void OK_for_the_hold_restores_normal()
    {
        var decision = Decide(Surge(-3600), State("latency", "OK", -600));

        Assert.Equal(("normal", true, "latency"), (decision.Profile, decision.Switch, decision.Alarm));
        Assert.Equal(Now.AddSeconds(-600), decision.AlarmAt);
    }

    [Fact]
    public void The_hold_also_counts_from_the_switch_itself()
    {
        Assert.False(Decide(Surge(-60), State("latency", "OK", -3600)).Switch);
    }

    [Fact]
    public void INSUFFICIENT_DATA_holds_the_profile()
    {
        var decision = Decide(Surge(-3600), State("latency", "INSUFFICIENT_DATA", -3600));

        Assert.Equal(("surge", false), (decision.Profile, decision.Switch));
        Assert.Contains("INSUFFICIENT_DATA", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_set_by_hand_stays_while_no_alarm_fires_and_yields_to_one_that_does()
    {
        var manual = new ActiveProfile("warm", Now.AddHours(-5), ActiveProfile.ManualSource, null);

        Assert.False(Decide(manual, State("latency", "OK", -3600)).Switch);
        Assert.Equal("surge", Decide(manual, State("latency", "ALARM", -1)).Profile);
    }

    [Fact]
    public void No_alarm_firing_under_normal_keeps_normal()
    {
        Assert.Equal(("normal", false), (Decide(ActiveProfile.Normal).Profile, Decide(ActiveProfile.Normal).Switch));
    }

    private static ActiveProfile Surge(int sinceSeconds) => new("surge", Now.AddSeconds(sinceSeconds), ActiveProfile.AlarmSource("latency"), Now.AddSeconds(sinceSeconds - 1));

    private static AlarmState State(string name, string value, int updatedSeconds) => new(name, null, value, null, Now.AddSeconds(updatedSeconds));

    private static ProfileDecision Decide(ActiveProfile active, params AlarmState[] states) => ProfileDecider.Decide(active, Map, states, Hold, Now);
}
