using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace TyokykyBot.BotFramework;

/// <summary>
/// Makes a value from outside (a token's claims, an inbound activity, a service's answer) safe for a
/// log line: control characters (C0, DEL, C1) and the Unicode line and paragraph separators become
/// escapes, so a crafted value cannot end the line and forge one of its own.
/// </summary>
public static class LogSafe
{
    [return: NotNullIfNotNull(nameof(value))]
    public static string? Escape(string? value)
    {
        if (value is null || !value.Any(NeedsEscape))
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\r' => escaped.Append("\\r"),
                '\n' => escaped.Append("\\n"),
                '\t' => escaped.Append("\\t"),
                _ when NeedsEscape(c) => escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
}
