using System.Text.Json.Nodes;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;

namespace TyokykyBot.Convening;

/// <summary>
/// The convene card to the private chat of someone who typed the command where others read: sent
/// after the turn, like every proactive message, so the channel's answer never waits on it.
/// </summary>
public sealed class ConveneCardDelivery(PrivateChats privateChats, ConveneCardModelBuilder cards, OutboxAddresses addresses) : IOutboxHandler
{
    public static string Arguments(string tenantId, string serviceUrl, UiLanguage language) =>
        new JsonObject { ["tenant"] = tenantId, ["serviceUrl"] = serviceUrl, ["language"] = language.Code }.ToJsonString();

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (CaseMessageArguments.Read(message.Arguments, "tenant") is not { Length: > 0 } tenantId)
        {
            return OutboxHandlerResult.Fail("NoTenant");
        }

        var convener = addresses.RecipientOf(message);
        var language = UiLanguage.Parse(CaseMessageArguments.Read(message.Arguments, "language")) ?? UiLanguage.Finnish;
        var model = await cards.BuildAsync(convener, values: null, errors: null, cancellationToken);
        var card = Activity.CardMessage(ConveneCard.Create(model, language), Texts.Get("Convene.Card.Title", language));
        var delivery = await privateChats.SendAsync(
            tenantId, convener, CaseMessageArguments.Read(message.Arguments, "serviceUrl") ?? "", card, cancellationToken);
        return OutboxHandlerResult.From(delivery.Result);
    }
}
