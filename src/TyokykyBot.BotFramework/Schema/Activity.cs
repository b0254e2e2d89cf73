using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TyokykyBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity. Loose on purpose: fields this type does not name survive a
/// round trip through <see cref="Properties"/>, because Teams adds fields over time.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public string? Name { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? Locale { get; init; }
    public string? Text { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
    public string? Action { get; init; }
    public string? ReplyToId { get; init; }
    public string? ValueType { get; init; }
    public JsonElement? Value { get; init; }
    public string? InputHint { get; init; }

    // set, not init: the source generator binds init-only members through the constructor, which
    // extension data cannot use (InvalidOperationException on first use of BotJsonContext).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A message carrying one Adaptive Card.</summary>
    public static Activity CardMessage(JsonObject card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [Attachment.AdaptiveCard(card)],
    };

    public static Activity TextMessage(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "plain",
    };
}
