using EcsScaling.Core.Clusters;
using EcsScaling.Core.Configuration;
using EcsScaling.Core.Disruption;

namespace EcsScaling.Core.Rebalance;

/// <summary>Reads <see cref="RebalanceOptions"/> from environment variables (named in <see cref="RebalanceVariables"/>), reporting every bad value at once.</summary>
public static class RebalanceOptionsParser
{
    public static RebalanceOptions Parse(IReadOnlyDictionary<string, string?> environment)
    {
        var reader = new EnvironmentReader(environment);
        var defaults = new RebalanceOptions();
        var clusters = ManagedClusters.Read(reader);
        var options = new RebalanceOptions
        {
            Clusters = clusters,
            AlarmNames = reader.Names(RebalanceVariables.AlarmNames).ToHashSet(StringComparer.Ordinal),
            StartOnSchedule = reader.Bool(RebalanceVariables.StartOnSchedule, defaults.StartOnSchedule),
            Cooldown = reader.Minutes(RebalanceVariables.CooldownMinutes, defaults.Cooldown, min: 0),
            TargetScore = reader.Double(RebalanceVariables.TargetScore, defaults.TargetScore, min: 0),
            MinTaskAge = reader.Minutes(RebalanceVariables.MinTaskAgeMinutes, defaults.MinTaskAge, min: 0),
            MaxTasksPerWave = reader.Int(RebalanceVariables.MaxTasksPerWave, defaults.MaxTasksPerWave, min: 1),
            MaxTasksPerServicePerWave = reader.Int(RebalanceVariables.MaxTasksPerService, defaults.MaxTasksPerServicePerWave, min: 1),
            MaxTasksPerInstancePerWave = reader.Int(RebalanceVariables.MaxTasksPerInstance, defaults.MaxTasksPerInstancePerWave, min: 1),
            MaxWaves = reader.Int(RebalanceVariables.MaxWaves, defaults.MaxWaves, min: 1),
            WaveTimeout = reader.Minutes(RebalanceVariables.WaveTimeoutMinutes, defaults.WaveTimeout, min: 1),
            AllowInstanceDrain = reader.Bool(RebalanceVariables.AllowInstanceDrain, defaults.AllowInstanceDrain),
            DisruptionBudgets = DisruptionBudgetsParser.Read(reader, ManagedClusters.OfValid(clusters)),
        };
        return reader.Checked("rebalance", options);
    }
}
