namespace TyokykyBot.Cases;

/// <summary>Field keys shared by the domain's errors and the cards' input ids.</summary>
public static class CaseField
{
    public const string Convener = "convener";
    public const string Employee = "employee";
    public const string Supervisor = "supervisor";
    public const string OccupationalHealth = "oh";
    public const string Others = "others";
    public const string Kind = "kind";
    public const string WindowStart = "windowStart";
    public const string WindowEnd = "windowEnd";
    public const string Length = "length";
    public const string Mode = "mode";
    public const string Place = "place";
    public const string Topics = "topics";
    public const string AllowedAttendees = "allowedAttendees";
    public const string ShopSteward = "shopSteward";
    public const string MemoRecipients = "memoRecipients";
    public const string Note = "note";
}
