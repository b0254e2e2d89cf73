namespace TyokykyBot.Telemetry;

/// <summary>The Graph calls the bot makes, as their callers name them with a <see cref="GraphOperation"/>.</summary>
public static class GraphOperations
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>
    {
        "install", "find installation", "get chat",
        "getSchedule", "create event", "update event", "cancel event",
        "find online meeting", "update online meeting",
    };
}
