using TyokykyBot.Meetings.Scheduling;
using static TyokykyBot.Tests.Meetings.Scheduling.SlotFixture;

namespace TyokykyBot.Tests.Meetings.Scheduling;

public class SlotFinderBusyTests
{
    [Fact]
    public void Find_NobodyBusy_WorkdayStartOfFirstDay()
    {
        var result = Finder().Find(Request(Monday, Friday));

        Assert.Equal(Slot("2026-02-02 08:00"), result.Slot);
        Assert.Empty(result.Partials);
    }

    [Fact]
    public void Find_OverlappingBlocksOfTwoAttendees_FirstQuarterHourAfterBoth()
    {
        var result = Finder().Find(Request(Monday, Friday,
            Block("anna@contoso.fi", "2026-02-02 08:00", "2026-02-02 09:00"),
            Block("ben@contoso.fi", "2026-02-02 08:30", "2026-02-02 10:20")));

        Assert.Equal(Slot("2026-02-02 10:30"), result.Slot);
    }

    [Fact]
    public void Find_BlockEndsWhereSlotStarts_SlotKept()
    {
        var result = Finder().Find(Request(Monday, Friday, Block("anna@contoso.fi", "2026-02-02 07:00", "2026-02-02 09:00")));

        Assert.Equal(Slot("2026-02-02 09:00"), result.Slot);
    }

    [Theory]
    [InlineData(BusyKind.Busy)]
    [InlineData(BusyKind.Tentative)]
    [InlineData(BusyKind.OutOfOffice)]
    public void Find_BlockingKindAllMorning_AfterTheBlock(BusyKind kind)
    {
        var result = Finder().Find(Request(Monday, Friday, Block("anna@contoso.fi", "2026-02-02 08:00", "2026-02-02 12:00", kind)));

        Assert.Equal(Slot("2026-02-02 12:00"), result.Slot);
    }

    [Fact]
    public void Find_OutOfOfficeAllMonday_Tuesday()
    {
        var result = Finder().Find(Request(Monday, Friday,
            Block("anna@contoso.fi", "2026-02-02 00:00", "2026-02-03 00:00", BusyKind.OutOfOffice)));

        Assert.Equal(Slot("2026-02-03 08:00"), result.Slot);
    }

    [Theory]
    [InlineData(BusyKind.WorkingElsewhere)]
    [InlineData(BusyKind.Free)]
    public void Find_NonBlockingKind_SlotInsideIt(BusyKind kind)
    {
        var result = Finder().Find(Request(Monday, Friday, Block("anna@contoso.fi", "2026-02-02 08:00", "2026-02-02 16:00", kind)));

        Assert.Equal(Slot("2026-02-02 08:00"), result.Slot);
    }

    [Fact]
    public void Find_BlockInsideBuffer_SlotMovesPastIt()
    {
        var result = Finder().Find(Request(Monday, Friday, Block("anna@contoso.fi", "2026-02-02 09:40", "2026-02-02 10:00")));

        Assert.Equal(Slot("2026-02-02 10:00"), result.Slot);
    }

    [Fact]
    public void Find_NoBuffer_SlotEndsRightBeforeBlock()
    {
        var result = Finder(o => o.Buffer = TimeSpan.Zero)
            .Find(Request(Monday, Friday, Block("anna@contoso.fi", "2026-02-02 09:30", "2026-02-02 10:00")));

        Assert.Equal(Slot("2026-02-02 08:00"), result.Slot);
    }

    [Fact]
    public void Find_BlockGivenInUtc_ReadAsTheSameInstant()
    {
        var utcBlock = new BusyBlock("anna@contoso.fi", new(2026, 2, 2, 6, 0, 0, TimeSpan.Zero), new(2026, 2, 2, 8, 0, 0, TimeSpan.Zero), BusyKind.Busy);

        var result = Finder().Find(Request(Monday, Friday, utcBlock));

        Assert.Equal(Slot("2026-02-02 10:00"), result.Slot);
    }
}
