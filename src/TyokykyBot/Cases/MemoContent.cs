namespace TyokykyBot.Cases;

/// <summary>
/// What the secretary wrote: the memo's text, encrypted as one value. Time, place, chair and
/// secretary come from the meeting; the attendees are those who were there, by participant id.
/// </summary>
public sealed record MemoContent(
    ValueList<Guid> AttendeeIds,
    ValueList<MemoTopic> Topics,
    string Arrangements,
    string Decisions,
    DateOnly? FollowUpOn);
