namespace TyokykyBot.BotFramework;

/// <summary>
/// The bot's identity and protocol endpoints. App fields keep the names Bot Framework operators know
/// (<c>MicrosoftAppId</c>…) and are bound from the configuration root; the rest from <c>Bot:*</c>.
/// </summary>
public sealed class BotOptions
{
    public const string ChannelOpenIdMetadataDefault = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string EntraOpenIdMetadataTemplate = "https://login.microsoftonline.com/{0}/v2.0/.well-known/openid-configuration";

    /// <summary>MultiTenant, SingleTenant or UserAssignedMSI.</summary>
    public string AppType { get; set; } = "SingleTenant";

    /// <summary>Empty means anonymous loopback mode (local runs only).</summary>
    public string AppId { get; set; } = "";

    public string AppPassword { get; set; } = "";

    public string AppTenantId { get; set; } = "";

    public string ChannelOpenIdMetadataUrl { get; set; } = ChannelOpenIdMetadataDefault;

    /// <summary>Defaults to the v2.0 metadata of <see cref="AppTenantId"/>.</summary>
    public string? EntraOpenIdMetadataUrl { get; set; }

    /// <summary>
    /// Service URLs the outbound bearer token may be sent to: host names (a leading "*." allows
    /// sub-domains) or absolute URL prefixes.
    /// </summary>
    public List<string> TrustedServiceUrls { get; set; } =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "*.teams.microsoft.com",
        "*.botframework.azure.us",
        "*.teams.microsoft.us",
    ];

    public bool IsAnonymous => string.IsNullOrWhiteSpace(AppId);

    public string ResolvedEntraOpenIdMetadataUrl =>
        EntraOpenIdMetadataUrl is { Length: > 0 } url ? url : string.Format(EntraOpenIdMetadataTemplate, AppTenantId);
}
