using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TyokykyBot.BotFramework.Authentication;

/// <summary>
/// Caches one issuer's OpenID metadata and signing keys. Stands in for IdentityModel's
/// ConfigurationManager, whose clock cannot be injected in 8.x and which refreshes on a
/// background thread; here every refresh decision reads <see cref="TimeProvider"/>.
/// </summary>
internal sealed class OpenIdMetadataCache(
    string metadataAddress, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>The Bot Framework docs require refreshing the key cache at least every 24 hours.</summary>
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);

    /// <summary>The least time between two fetches, so unknown kids or a failing endpoint cannot hammer it.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private SigningMetadata? current;
    private DateTimeOffset? lastAttempt;

    /// <summary>The cached keys, fetched first if absent or older than a day; null if never fetched.</summary>
    public Task<SigningMetadata?> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref current);
        return snapshot is not null && !IsDue(snapshot) ? Task.FromResult<SigningMetadata?>(snapshot)
            : FetchAsync(refresh: false, cancellationToken);
    }

    /// <summary>Refetches for an unknown kid, unless the last fetch is under <see cref="RefreshInterval"/> old.</summary>
    public Task<SigningMetadata?> RefreshAsync(CancellationToken cancellationToken) =>
        FetchAsync(refresh: true, cancellationToken);

    private bool IsDue(SigningMetadata metadata) =>
        timeProvider.GetUtcNow() - metadata.FetchedAt >= AutomaticRefreshInterval;

    private async Task<SigningMetadata?> FetchAsync(bool refresh, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = timeProvider.GetUtcNow();
            if (!refresh && current is not null && !IsDue(current))
            {
                return current;
            }

            if (lastAttempt is { } last && now - last < RefreshInterval)
            {
                return current;
            }

            lastAttempt = now;
            try
            {
                var fetched = await LoadAsync(now, cancellationToken);
                Volatile.Write(ref current, fetched);
                AuthenticationLog.MetadataFetched(logger, metadataAddress, fetched.Keys.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                AuthenticationLog.MetadataFetchFailed(logger, metadataAddress, exception.GetType().Name);
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SigningMetadata> LoadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var configuration = OpenIdConnectConfiguration.Create(await GetDocumentAsync(metadataAddress, cancellationToken));
        var keys = await GetDocumentAsync(configuration.JwksUri, cancellationToken);
        return SigningMetadata.Parse(keys, now);
    }

    private Task<string> GetDocumentAsync(string address, CancellationToken cancellationToken)
    {
        // Plain http only for loopback, where tests and local tooling serve metadata.
        var loopback = Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.IsLoopback;
        var retriever = new HttpDocumentRetriever(httpClientFactory.CreateClient(BotTokenValidator.HttpClientName))
        {
            RequireHttps = !loopback,
        };
        return retriever.GetDocumentAsync(address, cancellationToken);
    }
}
