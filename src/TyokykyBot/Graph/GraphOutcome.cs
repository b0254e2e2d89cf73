namespace TyokykyBot.Graph;

/// <summary>
/// One SDK call's outcome: answered (<see cref="Value"/>, possibly null), refused (<see cref="Error"/>),
/// or no answer at all (no token, no connection, a timeout, a redirect): neither set.
/// </summary>
public sealed record GraphOutcome<T>(bool IsSuccess, T? Value, GraphError? Error)
{
    public static GraphOutcome<T> NoAnswer { get; } = new(false, default, null);
}
