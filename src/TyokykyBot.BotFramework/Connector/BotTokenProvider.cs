using Azure.Core;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// Caches the Bot Framework token until shortly before it expires and lets one caller at a time
/// fetch a new one, so a burst of sends costs one token request. A null credential means
/// anonymous mode (no app id), where the SDK sends no token either.
/// </summary>
public sealed class BotTokenProvider(TokenCredential? credential, TimeProvider timeProvider) : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    // Refresh early so a token read just before a 60 s Retry-After wait is still valid when sent.
    internal static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private static readonly TokenRequestContext Request = new([Scope]);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }

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
