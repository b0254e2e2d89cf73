using TyokykyBot.Bot;
using TyokykyBot.Cards;
using TyokykyBot.Consent;
using TyokykyBot.Delivery;
using TyokykyBot.Outbox;
using TyokykyBot.People;
using TyokykyBot.Preferences;
using TyokykyBot.Status;

namespace TyokykyBot.Convening;

public static class CaseFlowServiceExtensions
{
    /// <summary>Convening and consent: the cards' actions, and the outbox work their state changes leave.</summary>
    public static IServiceCollection AddCaseFlows(this IServiceCollection services)
    {
        services.AddPeopleDirectory();
        services.AddScoped<RecipientLanguage>();
        services.AddScoped<CaseCards>();
        services.AddScoped<ConveneFormResolver>();
        services.AddScoped<ConveneCardModelBuilder>();
        services.AddScoped<ConsentFormResolver>();
        services.AddScoped<ConsentViews>();

        services.AddCardActionHandler<ConveneActionHandler>();
        services.AddCardActionHandler<ConsentActionHandler>();
        services.AddCardActionHandler<StatusActionHandler>();

        services.AddScoped<IOutboxHandler, ConsentCardDelivery>();
        services.AddScoped<IOutboxHandler, StatusCardDelivery>();
        services.AddScoped<IOutboxHandler, StatusCardUpdates>();
        services.AddScoped<IOutboxHandler, ConvenerNotice>();
        return services;
    }
}
