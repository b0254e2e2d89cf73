namespace TyokykyBot.Graph;

/// <summary>
/// Turns a 3xx answer into a failure. The primary handler does not follow redirects (the bearer
/// token would go wherever Graph pointed), and the SDK's request adapter reads 301/302 as success,
/// so without this a redirected cancel would look done.
/// </summary>
public sealed class GraphRedirectRefusal : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode is >= 300 and < 400)
        {
            var status = (int)response.StatusCode;
            response.Dispose();
            // No URL in the message: the Location header and the request path hold ids.
            throw new HttpRequestException($"Graph answered {status}; redirects are not followed.", null, response.StatusCode);
        }

        return response;
    }
}
