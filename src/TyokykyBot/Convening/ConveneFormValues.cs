namespace TyokykyBot.Convening;

/// <summary>
/// The convene card's inputs as submitted: raw text, multi-selects comma-separated. Also what a
/// card comes back prefilled with, so an invalid submit keeps the user's input.
/// </summary>
public sealed record ConveneFormValues
{
    /// <summary>A roles.json id: supervisor, oh-physician, oh-nurse, hr or employee.</summary>
    public string? ConvenerRole { get; init; }

    /// <summary>The people picker's value: an AAD object id.</summary>
    public string? Employee { get; init; }

    /// <summary>A name or e-mail typed where there is no people picker (the Playground).</summary>
    public string? EmployeeText { get; init; }

    public string? Supervisor { get; init; }

    public string? SupervisorText { get; init; }

    /// <summary>Chosen OH staff: AAD object ids, or e-mails for people outside the tenant.</summary>
    public string? OccupationalHealth { get; init; }

    /// <summary>E-mail addresses of outside OH staff, separated by commas, semicolons or spaces.</summary>
    public string? OhEmails { get; init; }

    public string? Others { get; init; }

    public string? Kind { get; init; }

    public string? WindowStart { get; init; }

    public string? WindowEnd { get; init; }

    public string? Length { get; init; }

    public string? Mode { get; init; }

    /// <summary>Where to meet in person: a room or an address, typed; it goes only to the invitation's location.</summary>
    public string? Place { get; init; }

    public static IReadOnlyList<string> Split(string? values) =>
        string.IsNullOrWhiteSpace(values)
            ? []
            : values.Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
