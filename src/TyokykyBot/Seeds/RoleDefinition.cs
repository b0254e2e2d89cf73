namespace TyokykyBot.Seeds;

/// <summary>A role a person can have in a case meeting.</summary>
public sealed record RoleDefinition
{
    public string Id { get; init; } = "";

    public LocalizedText Label { get; init; } = new();

    public LocalizedText Description { get; init; } = new();

    /// <summary>Invited without asking; everyone else needs the employee's consent.</summary>
    public bool CoreGroup { get; init; }

    public bool MayConvene { get; init; }

    /// <summary>Only the employee may invite this role (the shop steward).</summary>
    public bool InvitedOnlyByEmployee { get; init; }
}
