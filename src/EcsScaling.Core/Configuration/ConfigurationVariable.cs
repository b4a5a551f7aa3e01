namespace EcsScaling.Core.Configuration;

/// <summary>One environment variable a function reads: its name, its default as documented (null: none) and what it means, for the README and template.yaml.</summary>
public sealed record ConfigurationVariable(string Name, string? Default, string Description);
