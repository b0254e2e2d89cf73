using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class ConvenePlaceTests
{
    [Fact]
    public void Convene_PlaceGiven_KeptTrimmedAndRoundTrips()
    {
        var c = Case.Convene(Request() with { Place = "  Neuvotteluhuone 3  " }, CaseId, Now).Case!;

        Assert.Equal("Neuvotteluhuone 3", c.Place);
        Assert.Equal("Neuvotteluhuone 3", Case.FromSnapshot(c.ToSnapshot()).Place);
    }

    [Fact]
    public void Convene_PlaceTooLong_ErrorOnThePlace()
    {
        var result = Case.Convene(Request() with { Place = new string('x', ConveneRules.MaxPlaceLength + 1) }, CaseId, Now);

        Assert.Null(result.Case);
        Assert.Contains(new ValidationError(CaseField.Place, CaseErrorCode.TooLong), result.Errors);
    }

    [Fact]
    public void SetPlace_Organizer_SetThenSameAgainUnchanged()
    {
        var c = MeetingFixture.Scheduled();

        Assert.Equal(MeetingOutcome.Done, c.SetPlace(Supervisor, "Sali B", Now.AddHours(1)));
        var audited = c.Audit.Count;
        Assert.Equal(MeetingOutcome.Unchanged, c.SetPlace(Supervisor, " Sali B ", Now.AddHours(2)));
        Assert.Equal(("Sali B", audited), (c.Place, c.Audit.Count));
    }

    [Fact]
    public void SetPlace_NotTheOrganizer_RefusedAndAudited()
    {
        var c = MeetingFixture.Scheduled();

        Assert.Equal(MeetingOutcome.NotAllowed, c.SetPlace(Employee, "Kotona", Now.AddHours(1)));
        Assert.Null(c.Place);
        Assert.Equal(AuditAction.MeetingRefused, c.Audit[^1].Action);
    }
}
