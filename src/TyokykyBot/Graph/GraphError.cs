using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using TyokykyBot.BotFramework;

namespace TyokykyBot.Graph;

/// <summary>
/// What a refused Graph call told us, read from the SDK's exception: status, request-id, Retry-After
/// and Graph's error code. Graph's message text is never kept: it may quote names and mailboxes.
/// </summary>
public sealed partial record GraphError(int Status, string? RequestId, TimeSpan? RetryAfter, string? Code)
{
    /// <summary>429/503/504 that <see cref="GraphRetryHandler"/> has already retried as far as it would.</summary>
    public bool IsThrottled => Status is 429 or 503 or 504;

    public static GraphError From(ApiException exception, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var headers = exception.ResponseHeaders;
        return new GraphError(
            exception.ResponseStatusCode,
            LogSafe.Escape(Header(headers, "request-id")),
            ParseRetryAfter(Header(headers, "Retry-After"), timeProvider),
            exception is ODataError { Error.Code: { } code } && CodeShape().IsMatch(code) ? code : null);
    }

    /// <summary>Delta-seconds or an HTTP date (RFC 9110 §10.2.3); a date in the past is no wait.</summary>
    internal static TimeSpan? ParseRetryAfter(string? value, TimeProvider timeProvider)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParseExact(value.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? TimeSpan.FromTicks(Math.Max(0, (date - timeProvider.GetUtcNow()).Ticks))
            : null;
    }

    private static string? Header(IDictionary<string, IEnumerable<string>>? headers, string name) =>
        headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>Graph's codes look like ErrorAccessDenied; anything else is dropped, never echoed.</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]{0,79}$")]
    private static partial Regex CodeShape();
}
