using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Azure.Identity;
using TyokykyBot.Graph;
using TyokykyBot.Meetings.Calendar.Wire;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// One Graph request as the bot's own identity over the "Graph" HttpClient (whose
/// <see cref="GraphRetryHandler"/> retries 429/503/504 on the injected clock). Logs operation, status
/// and request-id only: never the URL (it holds mailboxes), a body, or Graph's error message text.
/// </summary>
internal sealed partial class GraphCaller(HttpClient httpClient, GraphCredential credential, TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Returns null when there was no answer: no token, or the request never got through.</summary>
    public async Task<GraphAnswer?> SendAsync<T>(
        string operation, HttpMethod method, string url, T? body, JsonTypeInfo<T>? bodyType, CancellationToken cancellationToken)
    {
        string token;
        try
        {
            token = await credential.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is AuthenticationFailedException or CredentialUnavailableException)
        {
            CalendarLog.TokenFailed(logger, operation);
            return null;
        }

        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Absolute));
        if (body is not null && bodyType is not null)
        {
            request.Content = JsonContent.Create(body, bodyType);
        }

        request.Options.Set(GraphOperations.Key, operation);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        // Times in answers come back in UTC, whatever the mailbox's own zone.
        request.Headers.TryAddWithoutValidation("Prefer", "outlook.timezone=\"UTC\"");
        try
        {
            using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var requestId = GraphLog.RequestId(response);
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var answer = new GraphAnswer(
                (int)response.StatusCode,
                requestId,
                GraphRetryHandler.RetryAfter(response, timeProvider),
                response.IsSuccessStatusCode ? null : ErrorCode(text),
                response.IsSuccessStatusCode ? text : null);
            if (answer.IsSuccess)
            {
                CalendarLog.Answered(logger, operation, answer.Status, requestId);
            }
            else
            {
                CalendarLog.Refused(logger, operation, answer.Status, answer.ErrorCode, requestId);
            }

            return answer;
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException)
        {
            // The exception's message may quote the URL; only its type is logged.
            CalendarLog.TransportFailed(logger, operation, ex.GetType().Name);
            return null;
        }
    }

    public static T? Read<T>(GraphAnswer answer, JsonTypeInfo<T> type)
    {
        try
        {
            return answer.Body is { Length: > 0 } text ? JsonSerializer.Deserialize(text, type) : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>Graph's code (e.g. ErrorAccessDenied) when it looks like one; anything else is dropped, never echoed.</summary>
    internal static string? ErrorCode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var code = JsonSerializer.Deserialize(text, CalendarJsonContext.Default.GraphErrorAnswer)?.Error?.Code;
            return code is not null && CodeShape().IsMatch(code) ? code : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,79}$")]
    private static partial Regex CodeShape();
}
