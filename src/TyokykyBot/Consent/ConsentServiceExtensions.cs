using TyokykyBot.Bot;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Consent;

public static class ConsentServiceExtensions
{
    /// <summary>Consent: the employee's card, their answers and the versions they make.</summary>
    public static IHostApplicationBuilder AddConsent(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ConsentFormResolver>();
        services.AddScoped<ConsentViews>();
        services.AddCardActionHandler<ConsentActionHandler>();
        services.AddOutboxHandler<ConsentCardDelivery>(ConsentMessageKinds.DeliverCard);
        services.FollowCase<CaseConvened, ConsentCardFollower>();
        return builder;
    }
}
