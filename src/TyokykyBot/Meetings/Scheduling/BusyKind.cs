namespace TyokykyBot.Meetings.Scheduling;

/// <summary>Graph's <c>freeBusyStatus</c> of a calendar item.</summary>
public enum BusyKind
{
    Free,
    Tentative,
    Busy,
    OutOfOffice,
    WorkingElsewhere,
}
