using System.Net.Mail;

namespace TyokykyBot.Cases;

/// <summary>
/// A person on a case: inside the tenant by AAD object id, or outside it (an OH provider's
/// physician, say) by e-mail only. The AAD id is opaque: compared as text, never parsed.
/// </summary>
public sealed record PersonRef
{
    private PersonRef() => DisplayName = "";

    public PersonRef(string? aadObjectId, string? email, string displayName)
    {
        AadObjectId = Blank(aadObjectId);
        Email = Blank(email);
        DisplayName = displayName.Trim();
    }

    public string? AadObjectId { get; private init; }

    public string? Email { get; private init; }

    public string DisplayName { get; private init; }

    public static PersonRef Insider(string aadObjectId, string displayName, string? email = null) =>
        new(aadObjectId, email, displayName);

    public static PersonRef Outsider(string email, string displayName) => new(null, email, displayName);

    public bool IsInsider => AadObjectId is not null;

    /// <summary>Who did something, for the audit trail: the AAD id, else the e-mail.</summary>
    public string ActorId => AadObjectId ?? NormalisedEmail ?? "";

    public bool IsWellFormed => IsInsider || (Email is { } email && MailAddress.TryCreate(email, out var parsed)
        && string.Equals(parsed.Address, email, StringComparison.OrdinalIgnoreCase));

    internal string? NormalisedEmail => Email?.ToLowerInvariant();

    private string Key => AadObjectId is { } id ? "aad:" + id.ToLowerInvariant() : "mail:" + NormalisedEmail;

    public bool Equals(PersonRef? other) => other is not null && Key == other.Key;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <summary>
    /// Looser than equality: the same e-mail also counts, so a person picked once from the
    /// directory and once typed by address is still caught as a duplicate.
    /// </summary>
    internal bool Matches(PersonRef other) =>
        Equals(other) || (NormalisedEmail is { } mail && mail == other.NormalisedEmail);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
