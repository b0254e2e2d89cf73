namespace TyokykyBot.Cases;

/// <summary>Why a card about a case was posted, and so how it is refreshed.</summary>
public static class CaseCardPurposes
{
    /// <summary>The convener's card, which became the case's status card.</summary>
    public const string Convene = "Convene";

    /// <summary>The employee's consent card.</summary>
    public const string Consent = "Consent";

    /// <summary>A core-group member's status card.</summary>
    public const string Status = "Status";

    /// <summary>A participant's pre-information card, kept true in place on every change.</summary>
    public const string PreInformation = "PreInformation";

    /// <summary>A memo version for a participant to approve, or as delivered to a recipient.</summary>
    public const string Memo = "Memo";

    /// <summary>An agreed action for its owner.</summary>
    public const string Action = "Action";
}
