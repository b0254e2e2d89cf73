namespace TyokykyBot.Meetings.Scheduling;

public static class SchedulingServiceExtensions
{
    /// <summary>The <c>Scheduling</c> options, checked at start, and the slot finder they shape.</summary>
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkingTimeOptions>()
            .Bind(builder.Configuration.GetSection(WorkingTimeOptions.Section))
            .Validate(WorkingTimeOptions.IsValid,
                "Scheduling: WorkdayStart must be before WorkdayEnd, TimeZone a known zone id, SlotStep positive, Buffer and MinimumLeadWorkingDays not negative.")
            .ValidateOnStart();
        builder.Services.AddSingleton<SlotFinder>();
        return builder;
    }
}
