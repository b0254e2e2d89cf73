using TyokykyBot.Meetings.Scheduling;
using static TyokykyBot.Tests.Meetings.Scheduling.SlotFixture;

namespace TyokykyBot.Tests.Meetings.Scheduling;

public class SlotFinderPartialTests
{
    // Anna is busy all day; Ben until 13:00; Cecilia until 10:00.
    private static readonly BusyBlock[] Day =
    [
        Block("anna@contoso.fi", "2026-02-02 08:00", "2026-02-02 16:00"),
        Block("ben@contoso.fi", "2026-02-02 08:00", "2026-02-02 13:00"),
        Block("cecilia@contoso.fi", "2026-02-02 08:00", "2026-02-02 10:00", BusyKind.OutOfOffice),
    ];

    [Fact]
    public void Find_NobodyFreeTogether_ThreeFewestBusyFirstThenEarliest()
    {
        var result = Finder().Find(Request(Monday, Monday, Day));

        Assert.Null(result.Slot);
        Assert.Equal(
            [
                new PartialSlot(Slot("2026-02-02 13:00"), ["anna@contoso.fi"]),
                new PartialSlot(Slot("2026-02-02 10:00"), ["anna@contoso.fi", "ben@contoso.fi"]),
                new PartialSlot(Slot("2026-02-02 08:00"), ["anna@contoso.fi", "ben@contoso.fi", "cecilia@contoso.fi"]),
            ],
            result.Partials,
            PartialComparer.Instance);
    }

    [Fact]
    public void Find_SameAttendeeInSeveralBlocksAndCases_ListedOnce()
    {
        var result = Finder().Find(Request(Monday, Monday,
            Block("anna@contoso.fi", "2026-02-02 08:00", "2026-02-02 12:00"),
            Block("ANNA@contoso.fi", "2026-02-02 11:00", "2026-02-02 16:00", BusyKind.Tentative)));

        Assert.Equal(["anna@contoso.fi"], result.Partials[0].BusyAttendees);
    }

    [Fact]
    public void Find_FewCandidatesAllOverlapping_OnlyNonOverlappingOffered()
    {
        var finder = Finder(o => (o.WorkdayStart, o.WorkdayEnd) = (new(8, 0), new(10, 0)));

        var result = finder.Find(Request(Monday, Monday, Block("anna@contoso.fi", "2026-02-02 08:00", "2026-02-02 10:00")));

        Assert.Equal([Slot("2026-02-02 08:00")], result.Partials.Select(p => p.Slot));
    }

    private sealed class PartialComparer : IEqualityComparer<PartialSlot>
    {
        public static readonly PartialComparer Instance = new();

        public bool Equals(PartialSlot? x, PartialSlot? y) =>
            x is not null && y is not null && x.Slot == y.Slot && x.BusyAttendees.SequenceEqual(y.BusyAttendees);

        public int GetHashCode(PartialSlot obj) => obj.Slot.GetHashCode();
    }
}
