namespace TyokykyBot.BotFramework.Authentication;

internal static class ServiceUrls
{
    /// <summary>Case-insensitive, and a trailing '/' on either side does not matter.</summary>
    public static bool AreEqual(string? left, string? right) =>
        left is not null && right is not null &&
        string.Equals(left.TrimEnd('/'), right.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
