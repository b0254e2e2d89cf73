using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TyokykyBot.Graph;

namespace TyokykyBot.Meetings.Calendar;

public static class CalendarServiceExtensions
{
    /// <summary>
    /// <see cref="ICalendar"/> and <see cref="IOnlineMeetingPrivacy"/>: local by default; with
    /// <c>Calendar:Provider=Graph</c> over the GraphServiceClient (on the "Graph" HttpClient) that <see cref="GraphServiceExtensions.AddGraphServices"/>
    /// configures (retries, no redirects, no URL logging), which therefore must be enabled.
    /// </summary>
    public static IHostApplicationBuilder AddCalendar(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CalendarOptions>().BindConfiguration(CalendarOptions.Section);

        var calendar = builder.Configuration.GetSection(CalendarOptions.Section).Get<CalendarOptions>() ?? new();
        if (calendar.Provider != CalendarProvider.Graph)
        {
            services.AddSingleton<ICalendar, LocalCalendar>();
            services.AddSingleton<IOnlineMeetingPrivacy, LocalOnlineMeetingPrivacy>();
            return builder;
        }

        if (!builder.Configuration.GetSection(GraphOptions.Section).GetValue<bool>(nameof(GraphOptions.Enabled)))
        {
            throw new InvalidOperationException("Calendar:Provider is Graph but Graph:Enabled is not true. Enable Graph, or use Calendar:Provider=Local.");
        }

        AddGraphCalendar(services);
        return builder;
    }

    /// <summary>Transient over the transient GraphServiceClient; apart so that a local run never loads the Graph SDK.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddGraphCalendar(IServiceCollection services)
    {
        services.AddTransient<ICalendar, GraphCalendar>();
        services.AddTransient<IOnlineMeetingPrivacy, GraphOnlineMeetingPrivacy>();
    }
}
