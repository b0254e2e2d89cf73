using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

internal static class MeetingFixture
{
    public static readonly DateTimeOffset Start = new(2026, 3, 12, 9, 0, 0, TimeSpan.FromHours(2));
    public static readonly DateTimeOffset BookedAt = Now.AddMinutes(5);

    public static MeetingBooking Booking(string eventId = "event-1") =>
        new(eventId, "aad-supervisor", Start, Start.AddMinutes(90), "https://teams.example/l/meetup-join/1");

    /// <summary>Consented and booked the way the orchestration will do it, not by setting the state.</summary>
    public static Case Scheduled(ConsentDraft? draft = null)
    {
        var c = Consented(draft);
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking(), BookedAt));
        return c;
    }

    public static Case ScheduledAllowing(params PersonRef[] allowed)
    {
        var c = Convened();
        Assert.True(c.RecordConsent(Employee, DraftAllowing(c, allowed), Now).Succeeded);
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking(), BookedAt));
        return c;
    }

    public static Case ConvenedOnSite() => Case.Convene(Request() with { Mode = MeetingMode.OnSite }, CaseId, Now).Case!;

    /// <summary>Every state except the given ones, for "refused anywhere else" theories.</summary>
    public static TheoryData<CaseState> StatesExcept(params CaseState[] allowed) =>
        [.. Enum.GetValues<CaseState>().Except(allowed)];
}
