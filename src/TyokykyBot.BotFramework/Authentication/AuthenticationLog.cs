using Microsoft.Extensions.Logging;

namespace TyokykyBot.BotFramework.Authentication;

/// <summary>
/// Log events for inbound authentication. Never the token, never a claim other than the issuer, and
/// the issuer (the caller's, unverified) only through <see cref="LogSafe.Escape"/>.
/// </summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Bot token refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    public static void RefusedFromIssuer(ILogger logger, string? issuer, string reason) =>
        LogRefusedFromIssuer(logger, LogSafe.Escape(issuer), reason);

    public static void UntrustedIssuer(ILogger logger, string? issuer) => LogUntrustedIssuer(logger, LogSafe.Escape(issuer));

    public static void Accepted(ILogger logger, string? issuer) => LogAccepted(logger, LogSafe.Escape(issuer));

    [LoggerMessage(Level = LogLevel.Information, Message = "OpenID metadata fetched from {Address}: {KeyCount} signing keys")]
    public static partial void MetadataFetched(ILogger logger, string address, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OpenID metadata fetch from {Address} failed: {Error}")]
    public static partial void MetadataFetchFailed(ILogger logger, string address, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot token refused from issuer {Issuer}: {Reason}")]
    private static partial void LogRefusedFromIssuer(ILogger logger, string? issuer, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot token refused: untrusted issuer {Issuer}")]
    private static partial void LogUntrustedIssuer(ILogger logger, string? issuer);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Bot token accepted from issuer {Issuer}")]
    private static partial void LogAccepted(ILogger logger, string? issuer);
}
