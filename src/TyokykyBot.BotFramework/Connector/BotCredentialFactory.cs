using Azure.Core;
using Azure.Identity;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>Builds the outbound credential the way the Bot Framework SDK reads <c>MicrosoftAppType</c>.</summary>
public static class BotCredentialFactory
{
    /// <summary>Multi-tenant bots get their token from the botframework.com tenant (PROTOCOL-FACTS §2).</summary>
    public const string MultiTenantAuthority = "botframework.com";

    /// <summary>Null when <see cref="BotOptions.AppId"/> is empty: anonymous mode sends no token.</summary>
    public static TokenCredential? Create(BotOptions options, Action<TokenCredentialOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsAnonymous)
        {
            return null;
        }

        switch (options.AppType.Trim().ToUpperInvariant())
        {
            case "SINGLETENANT":
                Require(options.AppTenantId, "MicrosoftAppTenantId", options.AppType);
                Require(options.AppPassword, "MicrosoftAppPassword", options.AppType);
                return new ClientSecretCredential(options.AppTenantId, options.AppId, options.AppPassword, Configure(new ClientSecretCredentialOptions(), configure));
            case "MULTITENANT":
                Require(options.AppPassword, "MicrosoftAppPassword", options.AppType);
                return new ClientSecretCredential(MultiTenantAuthority, options.AppId, options.AppPassword, Configure(new ClientSecretCredentialOptions(), configure));
            case "USERASSIGNEDMSI":
                var id = ManagedIdentityId.FromUserAssignedClientId(options.AppId);
                return new ManagedIdentityCredential(Configure(new ManagedIdentityCredentialOptions(id), configure));
            default:
                throw new InvalidOperationException(
                    $"MicrosoftAppType '{options.AppType}' is not supported; use SingleTenant, MultiTenant or UserAssignedMSI.");
        }
    }

    private static T Configure<T>(T credentialOptions, Action<TokenCredentialOptions>? configure)
        where T : TokenCredentialOptions
    {
        configure?.Invoke(credentialOptions);
        return credentialOptions;
    }

    private static void Require(string value, string name, string appType)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"{name} is required when MicrosoftAppType is {appType}.");
        }
    }
}
