using Azure.Core;

namespace TyokykyBot.Graph;

/// <summary>
/// The identity the app calls Graph with, and its cached token. A type of its own so that it never
/// clashes with the connector's <see cref="TokenCredential"/> registration, whose token is for
/// another audience. The token is reused until shortly before it expires; one caller at a time
/// fetches a new one.
/// </summary>
public sealed class GraphCredential(TokenCredential credential, TimeProvider timeProvider)
{
    public const string Scope = "https://graph.microsoft.com/.default";

    // Early enough that a token read before a Retry-After wait is still valid when the retry goes out.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private static readonly TokenRequestContext Request = new([Scope]);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (TryGetFresh() is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryGetFresh() is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            var fresh = await credential.GetTokenAsync(Request, cancellationToken).ConfigureAwait(false);
            _cached = fresh;
            return fresh.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? TryGetFresh() =>
        _cached is { } cached && timeProvider.GetUtcNow() < cached.ExpiresOn - RefreshMargin ? cached.Token : null;
}
