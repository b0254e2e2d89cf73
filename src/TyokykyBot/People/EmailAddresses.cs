using System.Net.Mail;
using System.Text.RegularExpressions;

namespace TyokykyBot.People;

/// <summary>
/// What a typed e-mail address must look like before an invitation goes to it. Stricter than
/// <see cref="MailAddress"/>, which also takes display names, quoted local parts, IP literals and
/// dotless domains: none of these is how anyone types an OH provider's or a shop steward's address.
/// </summary>
public static partial class EmailAddresses
{
    /// <summary>RFC 5321 caps a forward path at 256 octets, so an address at 254 characters.</summary>
    public const int MaxLength = 254;

    public static bool IsStrict(string? text) =>
        text is { Length: > 0 and <= MaxLength }
        && Shape().IsMatch(text)
        && MailAddress.TryCreate(text, out var parsed)
        && string.Equals(parsed.Address, text, StringComparison.OrdinalIgnoreCase);

    /// <summary>A dot-atom local part; a domain of at least two labels, the last one letters only.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
