namespace TyokykyBot.Cases;

/// <summary>The organiser changed the meeting: the calendar and every card follow.</summary>
public sealed record MeetingChanged(MeetingChange Change) : CaseEvent;
