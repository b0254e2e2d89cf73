namespace TyokykyBot.Conversations;

/// <summary>
/// Serialises work on one key within this process (Teams announces an installation with two
/// activities at once). Striped, so memory stays fixed; the database's unique keys still settle
/// races between instances.
/// </summary>
public static class StripedLock
{
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    public static async Task<IDisposable> EnterAsync(string key, CancellationToken cancellationToken)
    {
        var stripe = Stripes[(StringComparer.Ordinal.GetHashCode(key) & int.MaxValue) % Stripes.Length];
        await stripe.WaitAsync(cancellationToken);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
