using System.Globalization;
using EcsScaling.Core.Model;
using EcsScaling.Core.Observability;
using EcsScaling.Simulation.Clock;
using EcsScaling.Simulation.Events;

namespace EcsScaling.Simulation.CloudWatch;

/// <summary>
/// Metrics in, alarms out: a datapoint is evaluated against the alarms watching its metric and
/// a state change is published as "CloudWatch Alarm State Change"
/// (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html).
/// Functions' EMF output lands in <see cref="Telemetry"/>.
/// </summary>
public sealed class CloudWatchModel(VirtualClock clock, SimIds ids, EventBus bus)
{
    public Dictionary<string, SimAlarm> Alarms { get; } = new(StringComparer.Ordinal);

    public List<(string Namespace, MetricDatum Datum)> Datapoints { get; } = [];

    /// <summary>Every metric received, by <see cref="MetricSeries.Key"/>, for multi-period alarms and for readers such as target tracking.</summary>
    public Dictionary<string, MetricSeries> Series { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether <see cref="Datapoints"/> keeps every datum (tests and short scenarios) or only the series (day-long runs).</summary>
    public bool KeepDatapoints { get; set; } = true;

    /// <summary>What the functions logged and emitted as EMF, as the simulator captures it.</summary>
    public CapturingTelemetry Telemetry { get; } = new();

    public SimAlarm PutMetricAlarm(string name, string metricNamespace, string metricName, IReadOnlyList<MetricDimension> dimensions, string comparison, double threshold, int evaluationPeriods = 1)
    {
        if (evaluationPeriods < 1)
        {
            throw new ArgumentException($"alarm {name}: evaluation periods must be at least 1, got {evaluationPeriods}");
        }

        var alarm = new SimAlarm(name, ids.Arn("cloudwatch", "alarm:" + name), metricNamespace, metricName, dimensions, comparison, threshold)
        {
            UpdatedAt = clock.GetUtcNow(),
            EvaluationPeriods = evaluationPeriods,
        };
        _ = alarm.Breaches(threshold); // rejects an unknown comparison operator now, not at the first datapoint
        Alarms[name] = alarm;
        return alarm;
    }

    public MetricSeries? Find(string metricNamespace, string metricName, IEnumerable<MetricDimension> dimensions) =>
        Series.GetValueOrDefault(MetricSeries.Key(metricNamespace, metricName, dimensions));

    public void PutMetricData(string metricNamespace, IReadOnlyList<MetricDatum> data)
    {
        foreach (var datum in data)
        {
            if (KeepDatapoints)
            {
                Datapoints.Add((metricNamespace, datum));
            }

            var key = MetricSeries.Key(metricNamespace, datum.MetricName, datum.Dimensions);
            if (!Series.TryGetValue(key, out var series))
            {
                Series[key] = series = new MetricSeries();
            }

            series.Add(datum.Timestamp ?? clock.GetUtcNow(), datum.Value);
            foreach (var alarm in Alarms.Values.Where(a => a.Watches(metricNamespace, datum)))
            {
                if (alarm.EvaluationPeriods > 1)
                {
                    EvaluatePeriods(alarm, series);
                    continue;
                }

                var breached = alarm.Breaches(datum.Value);
                var value = datum.Value.ToString(CultureInfo.InvariantCulture);
                SetAlarmState(alarm.Name, breached ? "ALARM" : "OK",
                    $"Threshold Crossed: 1 datapoint [{value}] was {(breached ? "" : "not ")}{alarm.Comparison} the threshold ({alarm.Threshold.ToString(CultureInfo.InvariantCulture)}).");
            }
        }
    }

    /// <summary>N out of N: every one of the last N minutes present and breaching is ALARM; all present and not all breaching is OK; a gap keeps the state.</summary>
    private void EvaluatePeriods(SimAlarm alarm, MetricSeries series)
    {
        var window = series.Window(clock.GetUtcNow(), alarm.EvaluationPeriods);
        if (window.Count < alarm.EvaluationPeriods)
        {
            return;
        }

        var breaching = window.Count(alarm.Breaches);
        var threshold = alarm.Threshold.ToString(CultureInfo.InvariantCulture);
        SetAlarmState(alarm.Name, breaching == window.Count ? "ALARM" : "OK",
            $"Threshold Crossed: {breaching} out of the last {window.Count} datapoints were {alarm.Comparison} the threshold ({threshold}).");
    }

    public void DeleteAlarm(string name) => Alarms.Remove(name);

    /// <summary>As SetAlarmState: forces a state; a change (and only a change) emits an event.</summary>
    public void SetAlarmState(string alarmName, string state, string reason)
    {
        var alarm = Alarms.TryGetValue(alarmName, out var found) ? found : throw new KeyNotFoundException($"alarm '{alarmName}' does not exist");
        if (alarm.State == state)
        {
            return;
        }

        var (previous, previousReason, previousAt) = (alarm.State, alarm.Reason, alarm.UpdatedAt);
        alarm.State = state;
        alarm.Reason = reason;
        alarm.UpdatedAt = clock.GetUtcNow();
        bus.Publish(OtherEventJson.AlarmStateChange(ids, clock.GetUtcNow(), alarm, previous, previousReason, previousAt));
    }
}
