namespace TyokykyBot.Cases;

public enum MeetingChange
{
    Rescheduled,
    Cancelled,
    RolesSet,
    PlaceSet,
}
