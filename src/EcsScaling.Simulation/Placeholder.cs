namespace EcsScaling.Simulation; internal static class Placeholder { }
