using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Localization;

namespace TyokykyBot.Cards;

/// <summary>Refreshing a status card: only the convener and the case's participants see the status.</summary>
public sealed class StatusActionHandler(TyokykyDbContext db, CaseRepository cases) : ICardActionHandler
{
    public static IReadOnlyCollection<string> Verbs { get; } = [CardVerbs.StatusRefresh];

    public async Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (action.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return InvokeResponse.Card(ErrorCard.Create(Texts.Get("Case.NotFound", action.Language)));
        }

        var actor = action.ActorAadObjectId;
        var allowed = actor is not null
            && (Same(found.Convener.AadObjectId, actor) || found.Participants.Any(p => Same(p.Person.AadObjectId, actor)));
        await cases.RecordReadAsync(found.Id, actor ?? "unknown", allowed ? "status-viewed" : "status-view-refused", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return InvokeResponse.Card(allowed
            ? CaseStatusCard.Create(found, action.Language, forConvener: Same(found.Convener.AadObjectId, actor!))
            : ErrorCard.Create(Texts.Get("Consent.NotYours", action.Language)));
    }

    private static bool Same(string? a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
