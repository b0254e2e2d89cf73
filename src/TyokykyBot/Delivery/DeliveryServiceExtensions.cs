using TyokykyBot.Preferences;

namespace TyokykyBot.Delivery;

public static class DeliveryServiceExtensions
{
    /// <summary>How the features reach people about a case: the one sender, the remembered cards, the recipient's language.</summary>
    public static IServiceCollection AddCaseDelivery(this IServiceCollection services)
    {
        services.AddScoped<RecipientLanguage>();
        services.AddScoped<CaseCards>();
        services.AddScoped<CaseCardSender>();
        return services;
    }
}
