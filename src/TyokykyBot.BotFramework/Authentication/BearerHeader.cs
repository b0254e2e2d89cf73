using System.Diagnostics.CodeAnalysis;

namespace TyokykyBot.BotFramework.Authentication;

internal static class BearerHeader
{
    private const string Scheme = "Bearer ";

    /// <summary>The token of an <c>Authorization: Bearer …</c> header; the scheme is case-insensitive (RFC 6750).</summary>
    public static bool TryGetToken(string? header, [NotNullWhen(true)] out string? token)
    {
        token = null;
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        token = header[Scheme.Length..].Trim();
        return token.Length > 0;
    }
}
