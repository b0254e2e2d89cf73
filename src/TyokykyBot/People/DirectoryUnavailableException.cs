namespace TyokykyBot.People;

/// <summary>
/// The directory could not answer (Graph refused, failed or kept throttling). The message is neutral
/// on purpose: it names no person, address or search text, so it can be logged and the cards can
/// show their own localized line for it.
/// </summary>
public sealed class DirectoryUnavailableException(string operation, int? httpStatus, Exception? inner = null)
    : Exception($"The people directory did not answer {operation}" + (httpStatus is { } s ? $" (HTTP {s})." : "."), inner)
{
    public string Operation { get; } = operation;

    public int? HttpStatus { get; } = httpStatus;
}
