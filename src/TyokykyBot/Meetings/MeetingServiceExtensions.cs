using TyokykyBot.Bot;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Meetings.Scheduling;
using TyokykyBot.Outbox;

namespace TyokykyBot.Meetings;

public static class MeetingServiceExtensions
{
    /// <summary>Scheduling after consent: the calendar, slot finding, the invitation, pre-information and the convener's controls.</summary>
    public static IHostApplicationBuilder AddMeetings(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddCalendar();
        services.AddOptions<MeetingOptions>().Bind(builder.Configuration.GetSection(MeetingOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Subject) && o.PreInformationWorkingDays is >= 0 and <= 20,
                "Meetings:Subject must not be empty and Meetings:PreInformationWorkingDays must be 0–20.")
            .ValidateOnStart();
        builder.AddScheduling();
        services.AddSingleton<PreInformationTime>();
        services.AddScoped<MeetingAttendees>();
        services.AddScoped<MeetingFollowUps>();
        services.AddCardActionHandler<MeetingActionHandler>();
        services.AddOutboxHandler<MeetingSync>(MeetingMessageKinds.Sync);
        services.AddOutboxHandler<MeetingPrivacyHandler>(MeetingMessageKinds.Privacy);
        services.AddOutboxHandler<PreInformationDelivery>(MeetingMessageKinds.PreInformation);
        services.AddOutboxHandler<PreInformationUpdates>(MeetingMessageKinds.UpdatePreInformation);

        // The calendar follows the latest consent and every change of the organiser's: book, move, re-invite or cancel.
        services.FollowCase<ConsentRecorded>(MeetingMessageKinds.Sync);
        services.FollowCase<MeetingChanged>(MeetingMessageKinds.Sync);

        // Pre-information already delivered stays true after every change.
        services.FollowCase<ConsentRecorded>(MeetingMessageKinds.UpdatePreInformation);
        services.FollowCase<MeetingBooked>(MeetingMessageKinds.UpdatePreInformation);
        services.FollowCase<MeetingChanged>(MeetingMessageKinds.UpdatePreInformation);
        return builder;
    }
}
