using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.Telemetry;

/// <summary>
/// Tag keys, and the fixed vocabularies their values come from. Anything outside a vocabulary is
/// <see cref="Other"/>, so no id, name or typed text can reach a span or a metric through a tag.
/// </summary>
public static class TelemetryTags
{
    public const string Other = "other";

    public const string ActivityType = "tyokyky.activity.type";
    public const string ChannelId = "tyokyky.channel.id";
    public const string ConversationType = "tyokyky.conversation.type";
    public const string CardVerb = "tyokyky.card.verb";
    public const string HttpStatus = "http.response.status_code";
    public const string ErrorType = "error.type";
    public const string OutboxKind = "tyokyky.outbox.kind";
    public const string OutboxAttempt = "tyokyky.outbox.attempt";
    public const string OutboxOutcome = "tyokyky.outbox.outcome";
    public const string GraphOperation = "tyokyky.graph.operation";

    private static readonly HashSet<string> ActivityTypes =
    [
        BotFramework.Schema.ActivityTypes.Message, BotFramework.Schema.ActivityTypes.ConversationUpdate,
        BotFramework.Schema.ActivityTypes.InstallationUpdate, BotFramework.Schema.ActivityTypes.Invoke,
        BotFramework.Schema.ActivityTypes.Event, BotFramework.Schema.ActivityTypes.MessageReaction,
        BotFramework.Schema.ActivityTypes.Typing, "messageUpdate", "messageDelete",
    ];

    private static readonly HashSet<string> Channels = ["msteams", "emulator", "webchat", "directline"];

    private static readonly HashSet<string> ConversationTypes =
        [BotFramework.Schema.ConversationTypes.Personal, BotFramework.Schema.ConversationTypes.GroupChat, BotFramework.Schema.ConversationTypes.Channel];

    public static string OfActivityType(string? value) => Known(ActivityTypes, value);

    public static string OfChannel(string? value) => Known(Channels, value);

    public static string OfConversationType(string? value) => Known(ConversationTypes, value);

    public static string OfGraphOperation(string? value) => Known(GraphOperations.All, value);

    internal static string Known(IReadOnlySet<string> vocabulary, string? value) =>
        value is not null && vocabulary.Contains(value) ? value : Other;
}
