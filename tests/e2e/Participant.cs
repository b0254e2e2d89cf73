namespace TyokykyBot.E2E;

/// <summary>
/// One Playground window: a role, the config file that signs it in (relative to the repository
/// root; none = the Playground's built-in config), and who that is in seeds/demo-directory.json.
/// </summary>
public sealed record Participant(string Role, string? ConfigFile, string UserId, string DisplayName)
{
    /// <summary>The Playground's built-in config: signed in as user-id-0, a name of its own.</summary>
    public static Participant Default { get; } = new("default", null, "user-id-0", "");

    public static Participant Supervisor { get; } = new("supervisor", "playground/supervisor.yml", "user-id-0", "Aino Virtanen");

    public static Participant Employee { get; } = new("employee", "playground/employee.yml", "user-id-1", "Mikko Korhonen");

    /// <summary>The OH nurse: the demo OH physician is external (e-mail only) and cannot sign in.</summary>
    public static Participant OccupationalHealth { get; } = new("oh", "playground/oh.yml", "user-id-3", "Johanna Heikkinen");

    public override string ToString() => Role;
}

/// <summary>The bot and three Playgrounds: the supervisor Aino, the employee Mikko, the OH nurse Johanna.</summary>
public sealed class BotAndThreeWindows() : BotAndPlayground(Participant.Supervisor, Participant.Employee, Participant.OccupationalHealth);
