using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TyokykyBot.Testing;

namespace TyokykyBot.Tests.Integration;

/// <summary>Posts activities to /api/messages as the Bot Connector would, with a channel token.</summary>
public sealed class BotClient(HttpClient http, TestIssuer? issuer)
{
    public BotClient(TyokykyApp app) : this(app.CreateClient(), app.Issuer)
    {
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? token = null) =>
        PostRawAsync(activity.ToJsonString(), token ?? issuer?.CreateChannelToken(TyokykyApp.AppId, TyokykyApp.ServiceUrl));

    public Task<HttpResponseMessage> PostRawAsync(string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(path);
}
