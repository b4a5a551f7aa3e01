using EcsScaling.Core.Model;
using EcsScaling.Simulation.CloudWatch;
using EcsScaling.Simulation.Load;

namespace EcsScaling.Simulation.AutoScaling.Predictive;

/// <summary>
/// The simulator's stand-in for predictive scaling's forecast of an ECS service (AWS's own model is
/// not published): a seasonal naive forecast, each hour's capacity is what would have held
/// yesterday's load at the target, ⌈capacity × utilisation ÷ target⌉ from the same hour a day earlier,
/// kept within the scalable target's minimum and (HonorMaxCapacity) maximum. Load comes from the
/// service's AWS/ECS CPUUtilization or MemoryUtilization and the capacity Application Auto Scaling
/// recorded for the target; the ALB request metrics are not modelled (no forecast).
/// </summary>
public static class CapacityForecaster
{
    /// <summary>
    /// "A new service needs to provide at least 24 hours of data before a forecast can be generated"
    /// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/predictive-scaling-create-policy.html):
    /// with less metric history GetPredictiveScalingForecast answers no forecast values.
    /// </summary>
    public static readonly TimeSpan HistoryNeeded = TimeSpan.FromHours(24);

    public static CapacityForecast Forecast(PredictivePolicy policy, ScalableTarget target, CloudWatchModel cloudWatch, IReadOnlyList<(DateTimeOffset At, int Capacity)> capacity,
        DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        if (Series(policy, cloudWatch) is not { Points: [var first, ..] } series || now - first.Minute < HistoryNeeded)
        {
            return new CapacityForecast([], null);
        }

        var points = new List<ForecastPoint>();
        var configuration = policy.Configuration;
        for (var hour = HourOf(start); hour < end; hour = hour.AddHours(1))
        {
            var dayBefore = hour - TimeSpan.FromDays(1);
            var utilisation = series.Points.Where(p => p.Minute >= dayBefore && p.Minute < dayBefore.AddHours(1)).Select(p => p.Value).DefaultIfEmpty().Average();
            var ran = capacity.LastOrDefault(c => c.At < dayBefore.AddHours(1)).Capacity;
            var wanted = (int)Math.Ceiling(ran * utilisation / configuration.TargetValue);
            var ceiling = configuration.MaxCapacityBreachBehavior == MaxCapacityBreachBehavior.IncreaseMaxCapacity ? int.MaxValue : target.MaxCapacity;
            points.Add(new ForecastPoint(hour, Math.Clamp(wanted, target.MinCapacity, Math.Max(target.MinCapacity, ceiling))));
        }

        return new CapacityForecast(points, HourOf(now));
    }

    /// <summary>The scaling metric a pair or a scaling metric names, as ECS publishes it per service.</summary>
    private static MetricSeries? Series(PredictivePolicy policy, CloudWatchModel cloudWatch)
    {
        var metric = (policy.Configuration.MetricPair ?? policy.Configuration.ScalingMetric) switch
        {
            "ECSServiceCPUUtilization" or "ECSServiceAverageCPUUtilization" => "CPUUtilization",
            "ECSServiceMemoryUtilization" or "ECSServiceAverageMemoryUtilization" => "MemoryUtilization",
            _ => null,
        };
        return metric is not null && policy.Resource.Id.Split('/') is ["service", var cluster, var service]
            ? cloudWatch.Find(EcsMetrics.Namespace, metric, [new("ClusterName", cluster), new("ServiceName", service)])
            : null;
    }

    private static DateTimeOffset HourOf(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerHour), time.Offset);
}
