namespace TyokykyBot.Tests.People.Graph;

/// <summary>A user as the fake Graph directory holds them.</summary>
public sealed record FakeUser(string Id, string DisplayName, string Mail, bool AccountEnabled = true, string UserType = "Member")
{
    public string UserPrincipalName { get; init; } = Mail;

    public string? ManagerId { get; init; }

    public string JobTitle { get; init; } = "Asiantuntija";

    public string? PreferredLanguage { get; init; } = "fi-FI";
}
