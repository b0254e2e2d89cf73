namespace TyokykyBot.BotFramework.Hosting;

internal static class BotOptionsValidation
{
    public const string Message =
        "Bot credentials are incomplete: SingleTenant needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId; "
        + "MultiTenant needs MicrosoftAppId and MicrosoftAppPassword; UserAssignedMSI needs MicrosoftAppId (the identity's client id) "
        + "and MicrosoftAppTenantId. Leave MicrosoftAppId empty only for local anonymous runs.";

    public static bool IsValid(BotOptions options)
    {
        if (options.IsAnonymous)
        {
            return true;
        }

        return options.AppType.ToLowerInvariant() switch
        {
            "singletenant" => Has(options.AppPassword) && Has(options.AppTenantId),
            "multitenant" => Has(options.AppPassword),
            "userassignedmsi" => Has(options.AppTenantId),
            _ => false,
        };
    }

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
