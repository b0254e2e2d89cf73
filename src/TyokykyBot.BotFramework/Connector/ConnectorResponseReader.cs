using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>Turns a Connector answer into a <see cref="ConnectorResult{T}"/>.</summary>
internal static class ConnectorResponseReader
{
    private static readonly string[] CorrelationHeaders = ["X-Correlating-OperationId", "MS-CV"];

    public static async Task<ConnectorResult<T>> ReadAsync<T>(
        string operation, string host, HttpResponseMessage response, JsonTypeInfo<T>? responseType,
        TimeProvider timeProvider, ILogger logger, CancellationToken cancellationToken)
    {
        var httpStatus = (int)response.StatusCode;
        var correlationId = CorrelationId(response);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);

        if (response.IsSuccessStatusCode)
        {
            ConnectorLog.Succeeded(logger, operation, host, httpStatus, correlationId);
            var value = responseType is null ? default : Deserialize(bytes, responseType);
            return new(ConnectorStatus.Ok, value, httpStatus, correlationId, null);
        }

        var status = response.StatusCode switch
        {
            HttpStatusCode.Forbidden => ConnectorStatus.Blocked,
            HttpStatusCode.NotFound => ConnectorStatus.NotFound,
            var code when ConnectorRetryHandler.IsTransient(code) => ConnectorStatus.Throttled,
            _ => ConnectorStatus.Failed,
        };
        var errorCode = ErrorCode(bytes);
        ConnectorLog.NotOk(logger, operation, host, status, httpStatus, errorCode, correlationId);
        return new(status, default, httpStatus, correlationId, errorCode, RetryAfter(response, timeProvider));
    }

    /// <summary>Only a 429 or 503 asks the caller to wait; the wait is never negative.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        if (response.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable))
        {
            return null;
        }

        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static string? CorrelationId(HttpResponseMessage response)
    {
        foreach (var name in CorrelationHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) && values.FirstOrDefault() is { Length: > 0 } value)
            {
                return value;
            }
        }

        return null;
    }

    // The send already happened; an odd body must not turn it into a failure the outbox would repeat.
    private static T? Deserialize<T>(byte[] bytes, JsonTypeInfo<T> typeInfo)
    {
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException)
        {
            return default;
        }
    }

    /// <summary>Reads <c>error.code</c> from the Connector's error body, e.g. "ConversationBlockedByUser".</summary>
    private static string? ErrorCode(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object
                   && document.RootElement.TryGetProperty("error", out var error)
                   && error.ValueKind == JsonValueKind.Object
                   && error.TryGetProperty("code", out var code)
                   && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
