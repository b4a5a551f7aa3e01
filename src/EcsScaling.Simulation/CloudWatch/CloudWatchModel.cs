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

    /// <summary>What the functions logged and emitted as EMF, as the simulator captures it.</summary>
    public CapturingTelemetry Telemetry { get; } = new();

    public SimAlarm PutMetricAlarm(string name, string metricNamespace, string metricName, IReadOnlyList<MetricDimension> dimensions, string comparison, double threshold)
    {
        var alarm = new SimAlarm(name, ids.Arn("cloudwatch", "alarm:" + name), metricNamespace, metricName, dimensions, comparison, threshold)
        {
            UpdatedAt = clock.GetUtcNow(),
        };
        _ = alarm.Breaches(threshold); // rejects an unknown comparison operator now, not at the first datapoint
        Alarms[name] = alarm;
        return alarm;
    }

    public void PutMetricData(string metricNamespace, IReadOnlyList<MetricDatum> data)
    {
        foreach (var datum in data)
        {
            Datapoints.Add((metricNamespace, datum));
            foreach (var alarm in Alarms.Values.Where(a => a.Watches(metricNamespace, datum)))
            {
                var breached = alarm.Breaches(datum.Value);
                var value = datum.Value.ToString(CultureInfo.InvariantCulture);
                SetAlarmState(alarm.Name, breached ? "ALARM" : "OK",
                    $"Threshold Crossed: 1 datapoint [{value}] was {(breached ? "" : "not ")}{alarm.Comparison} the threshold ({alarm.Threshold.ToString(CultureInfo.InvariantCulture)}).");
            }
        }
    }

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
