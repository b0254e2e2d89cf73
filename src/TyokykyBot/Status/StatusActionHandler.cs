using TyokykyBot.Bot;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.People;

namespace TyokykyBot.Status;

/// <summary>Refreshing a status card: the reader gets what the disclosure rule lets them see, and each look is audited.</summary>
public sealed class StatusActionHandler(TyokykyDbContext db, CaseRepository cases, CaseDisclosure disclosure) : ICardActionHandler
{
    public static IReadOnlyCollection<string> Verbs { get; } = [StatusVerbs.Refresh];

    public async Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (action.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return InvokeResponse.Card(ErrorCard.Create(Texts.Get("Case.NotFound", action.Language)));
        }

        var access = await disclosure.ForAsync(found, action.ActorAadObjectId, cancellationToken);
        await cases.RecordReadAsync(found.Id, action.ActorAadObjectId ?? "unknown", access.KnowsCase ? "status-viewed" : "status-view-refused", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return InvokeResponse.Card(CaseStatusCard.Create(found, access, action.Language));
    }
}
