using EcsScaling.Core.Model;

namespace EcsScaling.Simulation.CloudWatch;

/// <summary>
/// A metric alarm on one metric: ALARM when each of the last <see cref="EvaluationPeriods"/> one-minute
/// datapoints breaches the threshold, OK when the last ones do not all breach; with fewer datapoints than
/// periods the state stays as it is (TreatMissingData "missing": https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data).
/// </summary>
public sealed class SimAlarm(string name, string arn, string metricNamespace, string metricName, IReadOnlyList<MetricDimension> dimensions, string comparison, double threshold)
{
    public string Name => name;

    public string Arn => arn;

    public string Namespace => metricNamespace;

    public string MetricName => metricName;

    public IReadOnlyList<MetricDimension> Dimensions => dimensions;

    /// <summary>GreaterThanThreshold | GreaterThanOrEqualToThreshold | LessThanThreshold | LessThanOrEqualToThreshold.</summary>
    public string Comparison => comparison;

    public double Threshold => threshold;

    /// <summary>Consecutive one-minute periods that must breach (DatapointsToAlarm = EvaluationPeriods).</summary>
    public int EvaluationPeriods { get; init; } = 1;

    public string State { get; set; } = "INSUFFICIENT_DATA";

    public string Reason { get; set; } = "Unchecked: Initial alarm creation";

    public DateTimeOffset UpdatedAt { get; set; }

    public bool Breaches(double value) => comparison switch
    {
        "GreaterThanThreshold" => value > threshold,
        "GreaterThanOrEqualToThreshold" => value >= threshold,
        "LessThanThreshold" => value < threshold,
        "LessThanOrEqualToThreshold" => value <= threshold,
        _ => throw new ArgumentException($"alarm {name}: comparison operator '{comparison}' is not modelled"),
    };

    public bool Watches(string metricNamespace2, MetricDatum datum) =>
        metricNamespace2 == metricNamespace && datum.MetricName == metricName
        && dimensions.All(d => datum.Dimensions.Any(x => x.Name == d.Name && x.Value == d.Value));

    public AlarmState ToModel() => new(name, arn, State, Reason, UpdatedAt);
}
