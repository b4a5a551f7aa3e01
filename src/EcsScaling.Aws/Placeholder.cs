namespace EcsScaling.Aws; internal static class Placeholder { }
