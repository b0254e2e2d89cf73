using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;

namespace TyokykyBot.Convening;

/// <summary>A plain notice to the convener in the chat where they convened (e.g. the employee could not be reached).</summary>
public sealed class ConvenerNotice(TyokykyDbContext db, ConnectorClient connector, RecipientLanguage languages) : IOutboxHandler
{
    public string Kind => CaseMessageKinds.NotifyConvener;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var key = CaseMessageArguments.Read(message.Arguments, "text");
        var card = await db.CaseCards.AsNoTracking().FirstOrDefaultAsync(
            c => c.CaseId == message.CaseId && c.Purpose == CaseCardPurposes.Convene && c.RecipientAadObjectId == message.Target,
            cancellationToken);
        if (key is null || card is null)
        {
            return OutboxHandlerResult.Fail("NoConvenerChat");
        }

        var code = await db.Cases.Where(c => c.Id == message.CaseId).Select(c => c.Code).SingleAsync(cancellationToken);
        var language = await languages.ForAsync(message.Target, cancellationToken);
        var args = CaseMessageArguments.ReadArgs(message.Arguments);
        var text = $"{code}: {string.Format(language.Culture, Texts.Get(key, language), args)}";
        var result = await connector.SendToConversationAsync(card.ServiceUrl, card.ConversationId, Activity.TextMessage(text), cancellationToken);
        return OutboxHandlerResult.From(result);
    }
}
