namespace TyokykyBot.Cases;

/// <summary>
/// What the secretary wrote, encrypted as one value. Time, place, the invited, chair and secretary come
/// from the case and its meeting; everything here was typed or ticked on the memo's section cards.
/// Every text has its limit in <see cref="MemoLimits"/>, which the server enforces on each save.
/// </summary>
/// <param name="AttendeeIds">Who attended, by participant id (the invited, until the secretary ticks otherwise).</param>
/// <param name="Topics">One summary per consented topic, in terms of work; the heading is decided when shown (see <see cref="MemoTopic"/>).</param>
/// <param name="Actions">What was agreed to be done; each becomes an <see cref="AgreedAction"/> once the memo is final.</param>
/// <param name="FollowUpOn">The follow-up date; null with <paramref name="NoFollowUp"/> false means not decided yet.</param>
/// <param name="RecipientIds">Who receives the final memo, by participant id: never wider than the latest consent's memo recipients.</param>
/// <param name="ConfirmedWarnings">The fields (<see cref="MemoFieldKeys"/>) whose medical-word warning the secretary confirmed as they are.</param>
public sealed record MemoContent(
    ValueList<Guid> AttendeeIds,
    ValueList<MemoTopic> Topics,
    MemoArrangements Arrangements,
    string Decisions,
    ValueList<MemoActionItem> Actions,
    DateOnly? FollowUpOn,
    bool NoFollowUp,
    ValueList<Guid> RecipientIds,
    ValueList<string> ConfirmedWarnings)
{
    /// <summary>An empty memo: nothing typed yet, nobody ticked.</summary>
    public static MemoContent Empty { get; } = new([], [], MemoArrangements.None, "", [], null, false, [], []);
}
