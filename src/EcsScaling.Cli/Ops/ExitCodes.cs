namespace EcsScaling.Cli.Ops;

/// <summary>Exit codes scripts can rely on; <see cref="Help"/> is shown once, in the root --help.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;
    public const int ChangesPending = 3;

    public const string Help =
        "Exit codes: 0 ok; 1 command failed (AWS error, failed action, drain deadline passed); 2 bad input or usage (nothing was changed); " +
        "3 changes pending (policies diff found drift, a rebalance plan has moves).";
}
