using TyokykyBot.Meetings;

namespace TyokykyBot.Tests.Meetings;

public class PreInformationTimeTests
{
    private static readonly DateTimeOffset LongAgo = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void SendAt_ThreeWorkingDaysBeforeThursday_IsMondayMorningInHelsinki()
    {
        var thursday = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(2));

        var sendAt = new PreInformationTime().SendAt(thursday, 3, LongAgo);

        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.FromHours(2)), sendAt);
    }

    [Fact]
    public void SendAt_OverIndependenceDayAndWeekend_SkipsDaysOff()
    {
        // Tuesday 8.12.2026: Monday 7th, (Sunday 6th Independence Day, Saturday 5th), Friday 4th, Thursday 3rd.
        var tuesday = new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(2));

        var sendAt = new PreInformationTime().SendAt(tuesday, 3, LongAgo);

        Assert.Equal(new DateOnly(2026, 12, 3), DateOnly.FromDateTime(sendAt.DateTime));
    }

    [Fact]
    public void SendAt_MeetingSoonerThanTheLead_IsNow()
    {
        var now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

        var sendAt = new PreInformationTime().SendAt(now.AddDays(1), 3, now);

        Assert.Equal(now, sendAt);
    }
}
