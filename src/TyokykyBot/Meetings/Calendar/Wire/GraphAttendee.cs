namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>An event attendee; <see cref="Type"/> is required, optional or resource.</summary>
internal sealed record GraphAttendee(GraphEmailAddress EmailAddress, string Type)
{
    public static GraphAttendee Required(CalendarAttendee attendee) => new(new GraphEmailAddress(attendee.Email, attendee.Name), "required");
}
