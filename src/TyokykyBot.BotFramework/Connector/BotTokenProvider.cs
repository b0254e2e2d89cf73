using Azure.Core;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// The Bot Framework token, cached. A null credential means anonymous mode (no app id), where the
/// SDK sends no token either.
/// </summary>
public sealed class BotTokenProvider(TokenCredential? credential, TimeProvider timeProvider) : IBotTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";

    internal static readonly TimeSpan RefreshMargin = CachedAccessToken.RefreshMargin;

    private readonly CachedAccessToken? _token = credential is null ? null : new CachedAccessToken(credential, Scope, timeProvider);

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) =>
        _token is null ? null : await _token.GetAsync(cancellationToken).ConfigureAwait(false);
}
