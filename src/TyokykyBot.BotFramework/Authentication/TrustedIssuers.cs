namespace TyokykyBot.BotFramework.Authentication;

/// <summary>
/// The issuers the bot accepts: the Bot Connector, and Entra ID for the configured tenant only
/// (v1 and v2 issuer forms, as in botbuilder's AuthenticationConstants templates).
/// </summary>
internal sealed class TrustedIssuers
{
    public const string Channel = "https://api.botframework.com";

    private readonly string? entraV1;
    private readonly string? entraV2;

    public TrustedIssuers(string tenantId)
    {
        if (!string.IsNullOrWhiteSpace(tenantId))
        {
            // Entra writes tenant ids lower-case in `iss`; configuration may not.
            var tid = tenantId.Trim().ToLowerInvariant();
            entraV1 = $"https://sts.windows.net/{tid}/";
            entraV2 = $"https://login.microsoftonline.com/{tid}/v2.0";
        }
    }

    /// <summary>Classifies an issuer by exact match; <paramref name="appIdClaim"/> names the caller's app for Entra.</summary>
    public bool TryClassify(string? issuer, out BotTokenKind kind, out string? appIdClaim)
    {
        (kind, appIdClaim) = (BotTokenKind.Channel, null);
        if (string.Equals(issuer, Channel, StringComparison.Ordinal))
        {
            return true;
        }

        kind = BotTokenKind.Entra;
        appIdClaim = issuer is null ? null
            : string.Equals(issuer, entraV2, StringComparison.Ordinal) ? BotClaims.AuthorizedParty
            : string.Equals(issuer, entraV1, StringComparison.Ordinal) ? BotClaims.AppId
            : null;
        return appIdClaim is not null;
    }

    public IReadOnlyList<string> For(BotTokenKind kind) =>
        kind == BotTokenKind.Channel ? [Channel] : [entraV1!, entraV2!];
}
