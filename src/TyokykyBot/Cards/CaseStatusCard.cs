using System.Text.Json.Nodes;
using TyokykyBot.Cases;
using TyokykyBot.Localization;

namespace TyokykyBot.Cards;

/// <summary>
/// Where a case stands, for the convener and the core group. Built from <see cref="CaseStatus"/>
/// alone, so it cannot show a topic, the consent's content or the employee's note.
/// </summary>
public static class CaseStatusCard
{
    public static JsonObject Create(CaseStatus status, string employeeDisplayName, UiLanguage language) =>
        AdaptiveCard.Create(
            AdaptiveCard.Title(string.Format(language.Culture, Texts.Get("Status.Title", language), status.Code)),
            AdaptiveCard.Facts(
            [
                (Texts.Get("Status.Employee", language), employeeDisplayName),
                (Texts.Get("Status.State", language), Texts.Get("Status.State." + status.State, language)),
                (Texts.Get("Status.Consent", language), Texts.Get("Status.Consent." + status.Consent, language)),
            ]))
        .WithActions(CardActions.Execute(Texts.Get("Status.Refresh", language), CardVerbs.StatusRefresh, status.CaseId, sendInputs: false));
}
