namespace TyokykyBot.Cases;

/// <summary>The meeting's event is in the calendar: first booked, moved, or made again after a consent change.</summary>
public sealed record MeetingBooked : CaseEvent;
