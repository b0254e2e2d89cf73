namespace TyokykyBot.Cases;

/// <summary>
/// Something that happened to a case which other features follow. The case records these as it
/// records its audit entries; the repository turns each into the outbox rows its followers plan,
/// in the same unit of work as the change (see <see cref="Case.Events"/>). They are not stored, and
/// carry no names, topics or typed text: followers read the case itself.
/// </summary>
public abstract record CaseEvent;

/// <summary>The case was convened, through <paramref name="ServiceUrl"/>; from a channel or group chat when <paramref name="FromSharedConversation"/>.</summary>
public sealed record CaseConvened(string ServiceUrl, bool FromSharedConversation) : CaseEvent;

/// <summary>The employee's answer made a new consent version (given, changed, declined or withdrawn).</summary>
public sealed record ConsentRecorded(ConsentDecision Decision) : CaseEvent;

/// <summary>The meeting's event is in the calendar: first booked, moved, or made again after a consent change.</summary>
public sealed record MeetingBooked : CaseEvent;

/// <summary>The organiser changed the meeting: the calendar and every card follow.</summary>
public sealed record MeetingChanged(MeetingChange Change) : CaseEvent;

/// <summary>Someone who can act on it must be told (a text key and neutral format values: times and counts only).</summary>
public sealed record NoticeNeeded(string TextKey, IReadOnlyList<string> Args) : CaseEvent;

/// <summary>Someone clicked a card where it does not belong (a channel, a group chat): their status card is offered privately.</summary>
public sealed record StatusCardRequested(string AadObjectId, string ServiceUrl) : CaseEvent;

public enum MeetingChange
{
    Rescheduled,
    Cancelled,
    RolesSet,
    PlaceSet,
}
