using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace TyokykyBot.Testing;

/// <summary>Serves OpenID documents from memory behind an HttpClient and counts requests per URL.</summary>
public sealed class TestMetadataHandler : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, Func<string>> documents = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> requests = new();

    public IReadOnlyCollection<string> Requests => requests;

    /// <summary>When set, every request fails with this status.</summary>
    public HttpStatusCode? FailWith { get; set; }

    public void Serve(string url, Func<string> body) => documents[url] = body;

    /// <summary>Serves the issuer's OpenID configuration at <paramref name="metadataUrl"/> and its live JWKS at <paramref name="jwksUrl"/>.</summary>
    public void ServeIssuer(TestIssuer issuer, string metadataUrl, string jwksUrl, string issuerName = TestIssuer.ChannelIssuer)
    {
        Serve(metadataUrl, () => issuer.OpenIdConfigurationJson(jwksUrl, issuerName));
        Serve(jwksUrl, issuer.JwksJson);
    }

    public int RequestCount(string url) => requests.Count(request => string.Equals(request, url, StringComparison.OrdinalIgnoreCase));

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!.ToString();
        requests.Enqueue(url);
        var response = FailWith is { } status ? new HttpResponseMessage(status)
            : documents.TryGetValue(url, out var body)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body(), Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NotFound);
        return Task.FromResult(response);
    }
}
