namespace EcsScaling.Core.ScaleOut;

/// <summary>The scale-out could not be decided: its group is not there to read.</summary>
public sealed class ScaleOutException(string message) : Exception(message);
