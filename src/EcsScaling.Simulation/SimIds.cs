namespace EcsScaling.Simulation;

/// <summary>Deterministic AWS-shaped identifiers and ARNs drawn from the simulation's seeded random source.</summary>
public sealed class SimIds(Random random, string region, string account)
{
    public string Region => region;

    public string Account => account;

    public string Hex(int length)
    {
        Span<char> chars = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = "0123456789abcdef"[random.Next(16)];
        }

        return new string(chars);
    }

    public string Uuid() => $"{Hex(8)}-{Hex(4)}-{Hex(4)}-{Hex(4)}-{Hex(12)}";

    public string Ec2InstanceId() => "i-" + Hex(17);

    public string Arn(string service, string resource) => $"arn:aws:{service}:{region}:{account}:{resource}";

    public string PrivateIp() => $"10.0.{random.Next(256)}.{random.Next(1, 255)}";
}
