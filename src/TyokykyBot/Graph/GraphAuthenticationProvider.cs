using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace TyokykyBot.Graph;

/// <summary>
/// Signs the SDK's requests with the bot's cached Graph token (<see cref="GraphCredential"/>), and only
/// those to the configured Graph host: a next-page link or any other URL Graph hands back never gets
/// the token when it points elsewhere.
/// </summary>
public sealed class GraphAuthenticationProvider(GraphCredential credential, IOptions<GraphOptions> options) : IAuthenticationProvider
{
    private const string Authorization = "Authorization";

    public async Task AuthenticateRequestAsync(
        RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var graph = new Uri(options.Value.BaseUrl, UriKind.Absolute);
        if (!string.Equals(request.URI.Host, graph.Host, StringComparison.OrdinalIgnoreCase) || request.URI.Scheme != graph.Scheme)
        {
            return;
        }

        var token = await credential.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Remove(Authorization);
        request.Headers.Add(Authorization, $"Bearer {token}");
    }
}
