namespace TyokykyBot.Cases;

/// <summary>
/// The neutral code a case is known by in channels and reminders: no names, no topics.
/// </summary>
public static class CaseCode
{
    public const string Prefix = "TK-";

    /// <summary>No 0/O or 1/I, so a code read aloud or retyped stays unambiguous; 32 letters, 5 bits each.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public const int Length = 6;

    /// <summary>
    /// Reads bytes 10–13, which are random in both version 4 and version 7 Guids (a version 7
    /// Guid starts with a timestamp, so its head would give near-identical codes).
    /// </summary>
    public static string From(Guid seed)
    {
        Span<byte> bytes = stackalloc byte[16];
        seed.TryWriteBytes(bytes);
        var bits = BitConverter.ToUInt32(bytes[10..14]);
        var code = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }
        return Prefix + new string(code);
    }
}
