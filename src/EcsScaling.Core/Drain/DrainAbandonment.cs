using System.Text.Json.Serialization;

namespace EcsScaling.Core.Drain;

/// <summary>A drain past its abandon bound: the services whose tasks still held it, the entries that bound them, and what was done.</summary>
public sealed record DrainAbandonment(IReadOnlyList<string> HeldBy, IReadOnlyList<string> Bounds, AbandonEffect Effect)
{
    [JsonIgnore]
    public string HeldByText => string.Join(", ", HeldBy);
}
