using Azure.Core;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// A token for one scope, reused until shortly before it expires; one caller at a time fetches a
/// new one, so a burst of calls costs one token request.
/// </summary>
public sealed class CachedAccessToken(TokenCredential credential, string scope, TimeProvider timeProvider)
{
    // Refresh early so a token read just before a 60 s Retry-After wait is still valid when sent.
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenRequestContext _request = new([scope]);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    public async ValueTask<string> GetAsync(CancellationToken cancellationToken)
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

            var fresh = await credential.GetTokenAsync(_request, cancellationToken).ConfigureAwait(false);
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
