using System.Globalization;

namespace TyokykyBot.Delivery;

/// <summary>What a remembered card shows, besides its case: so a follow-up meeting's cards never overwrite the first meeting's.</summary>
public static class CaseCardSubjects
{
    /// <summary>The case as a whole (its status, the consent).</summary>
    public const string Case = "case";

    /// <summary>One meeting of the case: the first is 1, a follow-up 2, and so on.</summary>
    public static string Meeting(int number) => "meeting/" + number.ToString(CultureInfo.InvariantCulture);
}
