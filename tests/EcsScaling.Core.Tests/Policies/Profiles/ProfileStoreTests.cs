using EcsScaling.Core.Observability;
using EcsScaling.Core.Policies.Document;
using EcsScaling.Core.Policies.Profiles;
using EcsScaling.Core.Tests.Fakes;

namespace EcsScaling.Core.Tests.Policies.Profiles;

public class ProfileStoreTests
{
    private readonly FakeEcs _ecs = new();
    private readonly CapturingTelemetry _telemetry = new();
    private readonly PolicyDocument _document = PolicyDocument.Load(PolicyHarness.SampleDocument);

    [Fact]
    public async Task Without_a_state_cluster_normal_is_active_and_nothing_is_written()
    {
        var store = new ProfileStore(_ecs, null, _document, _telemetry);

        await store.WriteAsync(new ActiveProfile("surge", null, null, null), default);

        Assert.Equal(ActiveProfile.Normal, await store.ReadAsync(default));
        Assert.Equal(0, _ecs.Calls.Total);
    }

    [Fact]
    public async Task A_written_profile_is_read_back_from_the_cluster_tags()
    {
        var store = new ProfileStore(_ecs, PolicyHarness.ClusterArn, _document, _telemetry);
        var surge = new ActiveProfile("surge", DateTimeOffset.UnixEpoch, ActiveProfile.ManualSource, null);

        await store.WriteAsync(surge, default);

        Assert.Equal(surge, await store.ReadAsync(default));
        Assert.Equal(1, _ecs.Calls["TagResource"]);
        Assert.Contains(_telemetry.Logs, l => l.Message == "record active policy profile" && (string?)l.Fields["profile"] == "surge");
    }

    [Fact]
    public async Task A_tagged_profile_the_document_no_longer_has_reads_as_normal_with_a_warning()
    {
        _ecs.Tags[PolicyHarness.ClusterArn] = new() { [ActiveProfile.NameTag] = "retired" };
        var store = new ProfileStore(_ecs, PolicyHarness.ClusterArn, _document, _telemetry);

        Assert.Equal(ActiveProfile.Normal, await store.ReadAsync(default));
        Assert.Contains(_telemetry.Logs, l => l.Level == LogLevel.Warn && (string?)l.Fields["profile"] == "retired");
    }
}
