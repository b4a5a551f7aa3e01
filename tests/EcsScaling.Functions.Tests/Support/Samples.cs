using System.Text;

namespace EcsScaling.Functions.Tests.Support;

/// <summary>The sample payloads in the repository's events/ folder.</summary>
public static class Samples
{
    public static string Directory { get; } = Locate();

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory, name));

    public static string Text(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "events");
            if (File.Exists(Path.Combine(dir.FullName, "Functions.sln")) && System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"events/ not found above {AppContext.BaseDirectory}");
    }
}
