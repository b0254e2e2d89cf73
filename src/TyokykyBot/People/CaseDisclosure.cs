using TyokykyBot.Cases;

namespace TyokykyBot.People;

/// <summary>
/// The disclosure rule with the reader's designation as a handler of health data looked up: the
/// directory is asked once per person per scope (one turn, one outbox run), then the pure rule
/// (<see cref="Disclosure.For"/>) decides.
/// </summary>
public sealed class CaseDisclosure(IPeopleDirectory directory)
{
    private readonly Dictionary<string, bool> _mayProcess = new(StringComparer.OrdinalIgnoreCase);

    public async Task<CaseAccess> ForAsync(Case c, string? aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (string.IsNullOrWhiteSpace(aadObjectId))
            return CaseAccess.Nothing;
        return Disclosure.For(c, new Reader(aadObjectId, await MayProcessHealthDataAsync(aadObjectId.Trim(), cancellationToken)));
    }

    /// <summary>Without a designation in force everyone may, as the consent allows; with one, only the designated.</summary>
    private async Task<bool> MayProcessHealthDataAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (!_mayProcess.TryGetValue(aadObjectId, out var may))
        {
            may = await directory.IsHealthDataHandlerAsync(aadObjectId, cancellationToken) ?? true;
            _mayProcess[aadObjectId] = may;
        }

        return may;
    }
}
