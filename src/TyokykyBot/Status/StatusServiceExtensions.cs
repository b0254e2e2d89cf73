using TyokykyBot.Bot;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Status;

public static class StatusServiceExtensions
{
    /// <summary>The status card: each insider's view of the case, kept true in place after every change.</summary>
    public static IHostApplicationBuilder AddStatusCards(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCardActionHandler<StatusActionHandler>();
        services.AddOutboxHandler<StatusCardDelivery>(StatusMessageKinds.Deliver);
        services.AddOutboxHandler<StatusCardUpdates>(StatusMessageKinds.Update);
        services.FollowCase<ConsentRecorded>(StatusMessageKinds.Update);
        services.FollowCase<MeetingBooked>(StatusMessageKinds.Update);
        services.FollowCase<MeetingChanged>(StatusMessageKinds.Update);
        services.FollowCase<CaseConvened, StatusCardFollower>();
        services.FollowCase<StatusCardRequested, StatusCardFollower>();
        return builder;
    }
}
