namespace TyokykyBot.Cases;

/// <summary>What the convene card submits. Nullable fields are the ones a card may leave empty.</summary>
public sealed record ConveneRequest
{
    public const int DefaultLengthMinutes = 90;

    public required PersonRef Convener { get; init; }

    public required CaseRole ConvenerRole { get; init; }

    /// <summary>May be left empty when the convener is the employee.</summary>
    public PersonRef? Employee { get; init; }

    /// <summary>May be left empty when the convener is the supervisor.</summary>
    public PersonRef? Supervisor { get; init; }

    public IReadOnlyList<ParticipantEntry> OccupationalHealth { get; init; } = [];

    /// <summary>Proposed beyond the core (HR or Other); they attend only if consent allows.</summary>
    public IReadOnlyList<ParticipantEntry> Others { get; init; } = [];

    public MeetingKind Kind { get; init; } = MeetingKind.First;

    public DateOnly? WindowStart { get; init; }

    public DateOnly? WindowEnd { get; init; }

    public int LengthMinutes { get; init; } = DefaultLengthMinutes;

    public MeetingMode Mode { get; init; } = MeetingMode.Remote;

    /// <summary>Where to meet in person: for an on-site meeting, or a remote one the employee wants to hold in person.</summary>
    public string? Place { get; init; }
}
