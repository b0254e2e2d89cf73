using TyokykyBot.Bot;
using TyokykyBot.Cases;
using TyokykyBot.Commands;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Convening;

public static class ConveningServiceExtensions
{
    /// <summary>Convening: the command and its card, the case's creation, and the notices to whoever can act on a case.</summary>
    public static IHostApplicationBuilder AddConvening(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ConveneFormResolver>();
        services.AddScoped<ConveneCardModelBuilder>();
        services.AddCommandHandler<ConveneCommandHandler>();
        services.AddCardActionHandler<ConveneActionHandler>();
        services.AddOutboxHandler<ConveneCardDelivery>(ConveneMessageKinds.DeliverCard);
        services.AddOutboxHandler<ConvenerNotice>(ConveneMessageKinds.Notify);
        services.FollowCase<NoticeNeeded, NoticeFollower>();
        return builder;
    }
}
