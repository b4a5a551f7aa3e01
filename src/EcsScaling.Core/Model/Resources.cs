namespace EcsScaling.Core.Model;

/// <summary>CPU units (1024 per vCPU) and memory in MiB, as ECS accounts them.</summary>
public readonly record struct Resources(int Cpu, int MemoryMiB)
{
    public static Resources Zero => default;

    public static Resources operator +(Resources a, Resources b) => new(a.Cpu + b.Cpu, a.MemoryMiB + b.MemoryMiB);

    public static Resources operator -(Resources a, Resources b) => new(a.Cpu - b.Cpu, a.MemoryMiB - b.MemoryMiB);

    public bool Fits(Resources demand) => demand.Cpu <= Cpu && demand.MemoryMiB <= MemoryMiB;
}
