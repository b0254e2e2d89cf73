using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.People;

namespace TyokykyBot.Consent;

/// <summary>
/// The employee's private card: what may be discussed, who may attend, who receives the memo.
/// Nothing is on by default (ConsentTopic has no default flag on purpose), and a remote meeting
/// is asked with no answer chosen; a change starts from the latest given version.
/// </summary>
public static class ConsentCard
{
    private static readonly string[] Placed =
        [CaseField.Topics, CaseField.AllowedAttendees, CaseField.ShopSteward, CaseField.MemoRecipients, ConsentFields.Remote, CaseField.Note];

    public static AdaptiveCard Create(ConsentCardModel model, UiLanguage language)
    {
        var c = model.Case;
        var values = model.Values ?? ConsentFormValues.FromLatest(c);
        var changing = c.LatestConsent is { Decision: ConsentDecision.Given };
        string T(string key) => Texts.Get("Consent.Card." + key, language);
        string Role(CaseRole role) => model.Seeds.Label(role, language.Code);

        var card = AdaptiveCard.Create(
        [
            AdaptiveCard.Title(string.Format(language.Culture, T("Title"), c.Code)),
            AdaptiveCard.Text(string.Format(language.Culture, T(changing ? "IntroChange" : "Intro"), CardText.Name(c.Convener.DisplayName), Role(c.ConvenerRole))),
            model.OtherOpenCases.Count > 0
                ? AdaptiveCard.Text(string.Format(language.Culture, T("OtherOpenCase"), string.Join(", ", model.OtherOpenCases)))
                : null,
            FieldErrors.Others(model.Errors, language, Placed),
            AdaptiveCard.Heading(T("CoreGroup")),
            AdaptiveCard.Facts(c.Participants.Where(p => p.IsCore && p.Role != CaseRole.Employee)
                .Select(p => (CardText.Name(p.Person.DisplayName), Role(p.Role)))),
            .. ConsentCardSections.Topics(model.Seeds, values, changing, language),
            FieldErrors.Block(model.Errors, language, CaseField.Topics, CaseField.Topics),
            .. ConsentCardSections.Attendees(c, values, language, Role),
            FieldErrors.Block(model.Errors, language, CaseField.AllowedAttendees, CaseField.AllowedAttendees),
            .. ConsentCardSections.ShopSteward(model.ShopStewards, values, language),
            FieldErrors.Block(model.Errors, language, CaseField.ShopSteward, CaseField.ShopSteward),
            .. ConsentCardSections.Memo(c, values, language),
            FieldErrors.Block(model.Errors, language, CaseField.MemoRecipients, CaseField.MemoRecipients),
            CardInputs.Toggle(ConsentFields.ShareTopics, T("ShareTopics"), values.MayShareTopics),
            c.Mode == MeetingMode.Remote ? ConsentCardSections.Remote(values, language) : null,
            model.Errors.Any(e => e.Field == ConsentFields.Remote) ? AdaptiveCard.ErrorText(FieldErrors.IdFor(ConsentFields.Remote), T("RemoteRequired")) : null,
            CardInputs.Text(ConsentFields.Note, T("Note"), values.Note, multiline: true, maxLength: ConsentDraft.MaxNoteLength),
            FieldErrors.Block(model.Errors, language, CaseField.Note, CaseField.Note),
        ])
        .WithActions(
            CardActions.Execute(T("Give"), ConsentVerbs.Give, c.Id, style: "positive"),
            changing
                ? CardActions.Execute(T("KeepAsIs"), ConsentVerbs.Refresh, c.Id, sendInputs: false)
                : CardActions.Execute(T("Decline"), ConsentVerbs.Decline, c.Id, style: "destructive", sendInputs: false));
        return model.EmployeeMri is { Length: > 0 } mri
            ? card.WithRefresh(CardActions.Refresh(ConsentVerbs.Refresh, c.Id), mri)
            : card;
    }
}
