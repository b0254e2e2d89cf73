using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// The Bot Framework Connector REST API (PROTOCOL-FACTS §2). Every call answers with a
/// <see cref="ConnectorResult"/> instead of throwing, because a blocked user or a gone
/// conversation is an everyday outcome the caller must branch on. Only caller cancellation throws.
/// </summary>
public sealed class ConnectorClient(
    HttpClient http,
    IBotTokenProvider tokens,
    ServiceUrlPolicy policy,
    TimeProvider timeProvider,
    ILogger<ConnectorClient> logger)
{
    public Task<ConnectorResult<ResourceResponse>> ReplyToActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync("ReplyToActivity", HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Json(activity, BotJsonContext.Default.Activity), BotJsonContext.Default.ResourceResponse, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> SendToConversationAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync("SendToConversation", HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities",
            Json(activity, BotJsonContext.Default.Activity), BotJsonContext.Default.ResourceResponse, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateActivityAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default) =>
        SendAsync("UpdateActivity", HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            Json(activity, BotJsonContext.Default.Activity), BotJsonContext.Default.ResourceResponse, cancellationToken);

    public async Task<ConnectorResult> DeleteActivityAsync(
        string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default) =>
        await SendAsync<ResourceResponse>("DeleteActivity", HttpMethod.Delete, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            content: null, responseType: null, cancellationToken).ConfigureAwait(false);

    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default) =>
        SendAsync("CreateConversation", HttpMethod.Post, serviceUrl, "v3/conversations",
            Json(parameters, BotJsonContext.Default.ConversationParameters), BotJsonContext.Default.ConversationResourceResponse, cancellationToken);

    /// <summary>Teams also accepts a UPN or Entra object id as <paramref name="userId"/>.</summary>
    public Task<ConnectorResult<ChannelAccount>> GetMemberAsync(
        string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken = default) =>
        SendAsync("GetMember", HttpMethod.Get, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}",
            content: null, BotJsonContext.Default.ChannelAccount, cancellationToken);

    /// <summary>
    /// Joins the service URL and the relative path; the service URL's own path is kept
    /// (<c>https://smba.trafficmanager.net/amer/{tenant}/</c>), with or without its trailing slash.
    /// </summary>
    internal static Uri? BuildUri(string? serviceUrl, string relativePath)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var serviceUri))
        {
            return null;
        }

        var root = serviceUri.GetLeftPart(UriPartial.Path);
        if (!root.EndsWith('/'))
        {
            root += "/";
        }

        return Uri.TryCreate(root + relativePath, UriKind.Absolute, out var uri) ? uri : null;
    }

    // Ids hold ':' ';' '=' ('a:1;messageid=2'), so each goes in as one escaped path segment, as the SDK does.
    private static string Escape(string id) => Uri.EscapeDataString(id);

    private static ByteArrayContent Json<T>(T value, JsonTypeInfo<T> typeInfo) =>
        new(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } },
        };

    private async Task<ConnectorResult<T>> SendAsync<T>(
        string operation, HttpMethod method, string serviceUrl, string relativePath,
        HttpContent? content, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
    {
        using var body = content;
        var uri = BuildUri(serviceUrl, relativePath);
        if (uri is null || !policy.IsTrusted(uri))
        {
            ConnectorLog.Untrusted(logger, operation, uri?.Host);
            return new(ConnectorStatus.UntrustedServiceUrl, default, null, null, null);
        }

        string? token;
        try
        {
            token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            ConnectorLog.TokenFailed(logger, ex, operation);
            return new(ConnectorStatus.Failed, default, null, null, null);
        }

        using var request = new HttpRequestMessage(method, uri) { Content = body };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return await ConnectorResponseReader.ReadAsync(operation, uri.Host, response, responseType, timeProvider, logger, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            ConnectorLog.TransportFailed(logger, ex, operation, uri.Host);
            return new(ConnectorStatus.Failed, default, null, null, null);
        }
    }
}
