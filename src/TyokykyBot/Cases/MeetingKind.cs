namespace TyokykyBot.Cases;

public enum MeetingKind
{
    First,
    FollowUp,
}
