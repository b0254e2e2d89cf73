using Azure.Core;
using Azure.Identity;
using TyokykyBot.BotFramework;

namespace TyokykyBot.Graph;

/// <summary>
/// For now Graph is called as the bot's own identity. An app-only Graph token must come from the
/// organisation's tenant, so a MultiTenant bot (token from botframework.com) or an anonymous one
/// cannot call Graph.
/// </summary>
public static class GraphCredentialFactory
{
    public const string Unsupported =
        "Graph:Enabled needs the bot's identity in the organisation's tenant: MicrosoftAppType SingleTenant "
        + "(MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId) or UserAssignedMSI (MicrosoftAppId).";

    public static bool CanCreate(BotOptions options) =>
        !options.IsAnonymous && options.AppType.Trim().ToUpperInvariant() switch
        {
            "SINGLETENANT" => Has(options.AppTenantId) && Has(options.AppPassword),
            "USERASSIGNEDMSI" => true,
            _ => false,
        };

    public static TokenCredential Create(BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!CanCreate(options))
        {
            throw new InvalidOperationException(Unsupported);
        }

        return options.AppType.Trim().ToUpperInvariant() == "SINGLETENANT"
            ? new ClientSecretCredential(options.AppTenantId, options.AppId, options.AppPassword)
            : new ManagedIdentityCredential(new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(options.AppId)));
    }

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
