using System.Globalization;

namespace TyokykyBot.Delivery;

/// <summary>
/// What a remembered card shows, besides its case (<see cref="Data.CaseCard.Subject"/>): a person holds
/// one card per purpose and subject, so a follow-up meeting's cards never overwrite the first meeting's
/// and a memo's card is never taken for the status card.
/// </summary>
public static class CaseCardSubjects
{
    /// <summary>The case as a whole (its status, the consent).</summary>
    public const string Case = "case";

    /// <summary>One meeting of the case: the first is 1, a follow-up 2, and so on.</summary>
    public static string Meeting(int number) => number >= 1
        ? "meeting/" + number.ToString(CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(number), "Meetings are numbered from 1.");

    /// <summary>One memo version (<see cref="Cases.Memo.Id"/>).</summary>
    public static string Memo(Guid memoId) => "memo/" + memoId.ToString("N");

    /// <summary>
    /// The memo of one meeting, whatever its version: a person holds one memo card per meeting, and a new
    /// version, a final copy or a retraction replaces it in place.
    /// </summary>
    public static string MeetingMemo(int number) => number >= 1
        ? "memo/meeting/" + number.ToString(CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(number), "Meetings are numbered from 1.");

    /// <summary>One agreed action (<see cref="Cases.AgreedAction.Id"/>).</summary>
    public static string Action(Guid actionId) => "action/" + actionId.ToString("N");
}
