using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TyokykyBot.BotFramework.Authentication;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Hosting;

/// <summary>
/// POST /api/messages in the order Bot Framework requires: the token first (401, no detail), then
/// the body (400 when it is not an activity), then the token's claims against the activity
/// (endorsed channel, serviceurl). An activity without a type is acknowledged and ignored; an
/// invoke gets the bot's answer as the HTTP response, or 501 when nobody handles it.
/// </summary>
public sealed partial class BotRequestHandler(
    IBotTokenValidator validator,
    IBot bot,
    IOptions<BotOptions> options,
    ILogger<BotRequestHandler> logger)
{
    /// <summary>Teams caps a message at about 100 KB; anything far bigger is not from Teams.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    private static readonly ClaimsIdentity AnonymousIdentity = new();

    public async Task HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var identity = await AuthenticateAsync(context, cancellationToken);
        if (identity is null)
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        var activity = await ReadActivityAsync(context, cancellationToken);
        if (activity is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (identity.Result is { } result && !result.Authorizes(activity.ChannelId, activity.ServiceUrl, out var reason))
        {
            LogClaimsMismatch(logger, reason);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (string.IsNullOrEmpty(activity.Type))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        var turn = new TurnContext(activity, identity.Identity);
        var response = await bot.OnTurnAsync(turn, cancellationToken);
        await WriteResponseAsync(context, activity, response, cancellationToken);
    }

    private async Task<Authenticated?> AuthenticateAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (options.Value.IsAnonymous)
        {
            // Anonymous mode serves a local client on this machine only (the Agents Playground).
            var remote = context.Connection.RemoteIpAddress;
            if (remote is not null && IPAddress.IsLoopback(remote))
            {
                return new Authenticated(AnonymousIdentity, null);
            }

            LogAnonymousRefused(logger);
            return null;
        }

        var result = await validator.ValidateAsync(context.Request.Headers.Authorization.ToString(), cancellationToken);
        return result.IsValid && result.Identity is { } identity ? new Authenticated(identity, result) : null;
    }

    private async Task<Activity?> ReadActivityAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync(context.Request.Body, BotJsonContext.Default.Activity, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (BadHttpRequestException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A JSON value of the wrong kind for a field, e.g. "from": 5.
            return null;
        }
    }

    private static async Task WriteResponseAsync(
        HttpContext context, Activity activity, InvokeResponse? response, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Invoke)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        response ??= InvokeResponse.NotImplemented;
        context.Response.StatusCode = response.Status;
        if (response.Body is { } body)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(
                context.Response.Body, body, BotJsonContext.Default.AdaptiveCardInvokeResponse, cancellationToken);
        }
    }

    private sealed record Authenticated(ClaimsIdentity Identity, BotTokenValidationResult? Result);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unauthenticated request from a non-loopback address in anonymous mode")]
    private static partial void LogAnonymousRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token does not authorise this activity: {Reason}")]
    private static partial void LogClaimsMismatch(ILogger logger, string? reason);
}
