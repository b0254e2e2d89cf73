namespace TyokykyBot.Data;

public class UserPreference
{
    /// <summary>The user's AAD object id, or the channel user id when the client sends none.</summary>
    public required string UserKey { get; set; }
    public required string Language { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
