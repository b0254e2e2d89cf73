namespace TyokykyBot.Cases;

public enum MeetingMode
{
    Remote,
    OnSite,
}
