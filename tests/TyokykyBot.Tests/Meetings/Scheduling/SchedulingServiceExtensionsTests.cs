using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TyokykyBot.Meetings.Scheduling;

namespace TyokykyBot.Tests.Meetings.Scheduling;

public sealed class SchedulingServiceExtensionsTests
{
    [Fact]
    public void AddScheduling_Configured_OptionsBoundFromSection()
    {
        using var host = Build(("Scheduling:WorkdayStart", "09:00"), ("Scheduling:Buffer", "00:30:00"), ("Scheduling:ChristmasEveOff", "false"));

        var options = host.Services.GetRequiredService<IOptions<WorkingTimeOptions>>().Value;

        Assert.Equal(new TimeOnly(9, 0), options.WorkdayStart);
        Assert.Equal(TimeSpan.FromMinutes(30), options.Buffer);
        Assert.False(options.ChristmasEveOff);
        Assert.NotNull(host.Services.GetRequiredService<SlotFinder>());
    }

    [Fact]
    public async Task AddScheduling_UnknownZone_FailsAtStart()
    {
        using var host = Build(("Scheduling:TimeZone", "Europe/Atlantis"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("TimeZone", error.Message);
    }

    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.AddScheduling();
        return builder.Build();
    }
}
