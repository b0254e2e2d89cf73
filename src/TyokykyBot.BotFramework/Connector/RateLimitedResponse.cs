using System.Net;
using System.Net.Http.Headers;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// The 429 that <see cref="TeamsRateLimitHandler"/> answers itself when the wait for the rate
/// limits is longer than it may wait; nothing went out. Its Retry-After is that wait.
/// </summary>
internal sealed class RateLimitedResponse : HttpResponseMessage
{
    public RateLimitedResponse(HttpRequestMessage request, TimeSpan wait)
        : base(HttpStatusCode.TooManyRequests)
    {
        RequestMessage = request;
        Headers.RetryAfter = new RetryConditionHeaderValue(wait);
        Content = new ByteArrayContent([]);
    }
}
