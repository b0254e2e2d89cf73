using TyokykyBot.Meetings.Scheduling;

namespace TyokykyBot.Tests.Meetings.Scheduling;

public class WorkingTimeOptionsTests
{
    [Fact]
    public void IsValid_Defaults_True()
    {
        Assert.True(WorkingTimeOptions.IsValid(new()));
    }

    [Theory]
    [InlineData("16:00", "08:00", "Europe/Helsinki", 15)]
    [InlineData("08:00", "08:00", "Europe/Helsinki", 15)]
    [InlineData("08:00", "16:00", "Europe/Nowhere", 15)]
    [InlineData("08:00", "16:00", "Europe/Helsinki", 0)]
    public void IsValid_BadSetting_False(string start, string end, string zone, int stepMinutes)
    {
        var options = new WorkingTimeOptions
        {
            WorkdayStart = TimeOnly.Parse(start),
            WorkdayEnd = TimeOnly.Parse(end),
            TimeZone = zone,
            SlotStep = TimeSpan.FromMinutes(stepMinutes),
        };

        Assert.False(WorkingTimeOptions.IsValid(options));
    }
}
