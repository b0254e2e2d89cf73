using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TyokykyBot.Meetings.Calendar;

namespace TyokykyBot.Tests.Meetings.Calendar;

public sealed class CalendarServiceExtensionsTests
{
    [Fact]
    public void AddCalendar_NothingConfigured_RegistersTheLocalCalendarAndNoOpPrivacy()
    {
        using var host = new LocalCalendarHost();

        Assert.IsType<LocalCalendar>(host.Calendar);
        Assert.IsType<LocalOnlineMeetingPrivacy>(host.Services.GetRequiredService<IOnlineMeetingPrivacy>());
    }

    [Fact]
    public void AddCalendar_GraphProviderWithGraphEnabled_RegistersTheGraphCalendarAndPrivacy()
    {
        using var host = new GraphCalendarHost();

        Assert.IsType<GraphCalendar>(host.Calendar);
        Assert.IsType<GraphOnlineMeetingPrivacy>(host.Privacy);
    }

    [Fact]
    public void AddCalendar_GraphProviderWithoutGraph_Throws()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Calendar:Provider"] = "Graph" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddCalendar());

        Assert.Contains("Graph:Enabled", error.Message);
    }
}
