using System.Text.Json;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Conversations;
using TyokykyBot.Localization;

namespace TyokykyBot.Bot;

/// <summary>
/// One click on a card. Who clicked is <see cref="ActorAadObjectId"/> from the activity's
/// <c>from</c>, never anything the card itself says: in a channel anyone can click.
/// </summary>
public sealed record CardAction(TurnContext Turn, string Verb, JsonElement Data, UiLanguage Language)
{
    public string? ActorAadObjectId => Turn.Activity.From?.AadObjectId is { Length: > 0 } aad ? aad : null;

    public string? TenantId => ConversationKeys.TenantOf(Turn.Activity);

    public Guid? CaseId =>
        Data.ValueKind == JsonValueKind.Object
        && Data.TryGetProperty("caseId", out var id)
        && id.ValueKind == JsonValueKind.String
        && Guid.TryParse(id.GetString(), out var caseId)
            ? caseId
            : null;
}
