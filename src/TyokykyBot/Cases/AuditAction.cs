namespace TyokykyBot.Cases;

public enum AuditAction
{
    CaseConvened,
    ConsentRecorded,
    ConsentDeclined,
    ConsentWithdrawn,
    ConsentRefused,
    ConsentRepeated,
    MeetingBooked,
    MeetingRescheduleRequested,
    MeetingCancelledByConvener,
    MeetingEventCancelled,
    MeetingRolesSet,
    RemoteConfirmed,
    MeetingRefused,
    MeetingRebooked,
    MeetingPlaceSet,
}
