namespace TyokykyBot.Cases;

public enum AuditAction
{
    CaseConvened,
    ConsentRecorded,
    ConsentDeclined,
    ConsentWithdrawn,
    ConsentRefused,
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
