using Azure.Core;
using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.Graph;

/// <summary>
/// The identity the app calls Graph with, and its cached token. A type of its own so that it never
/// clashes with the connector's <see cref="TokenCredential"/> registration, whose token is for
/// another audience.
/// </summary>
public sealed class GraphCredential(TokenCredential credential, TimeProvider timeProvider)
{
    public const string Scope = "https://graph.microsoft.com/.default";

    private readonly CachedAccessToken _token = new(credential, Scope, timeProvider);

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => _token.GetAsync(cancellationToken);
}
