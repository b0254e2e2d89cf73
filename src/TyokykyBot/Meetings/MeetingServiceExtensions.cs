using TyokykyBot.Bot;
using TyokykyBot.Cards;
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
        services.AddScoped<IOutboxHandler, MeetingSync>();
        services.AddScoped<IOutboxHandler, MeetingPrivacyHandler>();
        services.AddScoped<IOutboxHandler, PreInformationDelivery>();
        return builder;
    }
}
