namespace TyokykyBot.Cases;

public static class ConveneRules
{
    /// <summary>A window longer than this is not a request to meet but a wish to meet some day.</summary>
    public const int MaxWindowDays = 60;

    /// <summary>A room or an address, not a description.</summary>
    public const int MaxPlaceLength = 200;

    /// <summary>
    /// Everyone the convener invites, themselves included (the employee's shop steward comes on
    /// top): a case meeting, not a briefing, and the cards that list the people stay within
    /// what Teams posts.
    /// </summary>
    public const int MaxParticipants = 10;

    /// <summary>Unhurried by design: no meeting shorter than an hour.</summary>
    public static readonly IReadOnlyList<int> AllowedLengths = [60, 90, 120];
}
