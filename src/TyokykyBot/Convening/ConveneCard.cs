using System.Globalization;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.Seeds;

namespace TyokykyBot.Convening;

/// <summary>
/// The convener's card. Every person search has a plain text input beside it, because the
/// Agents Playground does not run Teams' typeahead search; an error sits directly under the inputs
/// it concerns. A list with nothing to choose from is left out.
/// </summary>
public static class ConveneCard
{
    private static readonly string[] Placed =
    [
        CaseField.Convener, ConveneFields.ConvenerRole, CaseField.Employee, CaseField.Supervisor, CaseField.OccupationalHealth,
        CaseField.Others, CaseField.Kind, CaseField.WindowStart, CaseField.WindowEnd, CaseField.Length, CaseField.Mode, CaseField.Place,
    ];

    public static AdaptiveCard Create(ConveneCardModel model, UiLanguage language)
    {
        var values = model.Values;
        var errors = model.Errors;
        string T(string key) => Texts.Get("Convene.Card." + key, language);
        var required = Texts.Get("FieldError.Required", language);
        TextBlock? Errors(string anchor, params string[] fields) => FieldErrors.Block(errors, language, anchor, fields);

        return AdaptiveCard.Create(
        [
            AdaptiveCard.Title(T("Title")),
            AdaptiveCard.Text(T("Privacy"), subtle: true),
            FieldErrors.Others(errors, language, Placed),
            ConvenerRole(model, language, T("ConvenerRole"), required),
            Errors(ConveneFields.ConvenerRole, CaseField.Convener, ConveneFields.ConvenerRole),
            .. Person(model, language, ConveneFields.Employee, ConveneFields.EmployeeText, T("Employee"), values.Employee, values.EmployeeText),
            Errors(ConveneFields.Employee, CaseField.Employee),
            .. Person(model, language, ConveneFields.Supervisor, ConveneFields.SupervisorText, T("Supervisor"), values.Supervisor, values.SupervisorText),
            Errors(ConveneFields.Supervisor, CaseField.Supervisor),
            AdaptiveCard.Text(T("SupervisorHint"), subtle: true),
            Listed(ConveneFields.OccupationalHealth, T("Oh"),
                model.OccupationalHealth.Select(p => Choice(p, model.Roles, [RoleIds.OhPhysician, RoleIds.OhNurse], language)),
                values.OccupationalHealth, language),
            CardInputs.Text(ConveneFields.OhEmails, T("OhEmails"), values.OhEmails, maxLength: ConveneLimits.OhEmails),
            Errors(ConveneFields.OccupationalHealth, CaseField.OccupationalHealth),
            Listed(ConveneFields.Others, T("Others"),
                model.Proposable.Select(p => Choice(p, model.Roles, [RoleIds.Hr, RoleIds.Other], language)), values.Others, language),
            Errors(ConveneFields.Others, CaseField.Others),
            AdaptiveCard.Text(T("OthersHint"), subtle: true),
            CardInputs.Choices(ConveneFields.Kind, T("Kind"),
                [(T("KindFirst"), ConveneFields.KindFirst), (T("KindFollowUp"), ConveneFields.KindFollowUp)],
                values.Kind ?? ConveneFields.KindFirst),
            Errors(ConveneFields.Kind, CaseField.Kind),
            CardInputs.Date(ConveneFields.WindowStart, T("WindowStart"), values.WindowStart).Required(required),
            Errors(ConveneFields.WindowStart, CaseField.WindowStart),
            CardInputs.Date(ConveneFields.WindowEnd, T("WindowEnd"), values.WindowEnd).Required(required),
            Errors(ConveneFields.WindowEnd, CaseField.WindowEnd),
            CardInputs.Choices(ConveneFields.Length, T("Length"), ConveneRules.AllowedLengths.Select(m => Minutes(m, language)),
                values.Length ?? ConveneRequest.DefaultLengthMinutes.ToString(CultureInfo.InvariantCulture)),
            Errors(ConveneFields.Length, CaseField.Length),
            AdaptiveCard.Text(T("LengthHint"), subtle: true),
            CardInputs.Choices(ConveneFields.Mode, T("Mode"),
                [(T("ModeRemote"), ConveneFields.ModeRemote), (T("ModeOnSite"), ConveneFields.ModeOnSite)],
                values.Mode ?? ConveneFields.ModeRemote, style: "expanded"),
            Errors(ConveneFields.Mode, CaseField.Mode),
            CardInputs.Text(ConveneFields.Place, T("Place"), values.Place, maxLength: ConveneRules.MaxPlaceLength),
            Errors(ConveneFields.Place, CaseField.Place),
        ])
        .WithActions(CardActions.Execute(T("Submit"), ConveneVerbs.Submit, caseId: null, style: "positive"));
    }

    /// <summary>
    /// Only when there is a role to choose: a convener the directory gives none must be able to
    /// submit, to be told why not (a choice set with no choices is not valid card JSON).
    /// </summary>
    private static ChoiceSetInput? ConvenerRole(ConveneCardModel model, UiLanguage language, string label, string required) =>
        model.ConvenerRoles.Count == 0
            ? null
            : CardInputs.Choices(ConveneFields.ConvenerRole, label,
                model.ConvenerRoles.Select(r => (r.Label.Get(language.Code), r.Id)),
                model.Values.ConvenerRole ?? model.ConvenerRoles[0].Id).Required(required);

    /// <summary>Either way the resolver checks each chosen person's role.</summary>
    private static ChoiceSetInput? Listed(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value, UiLanguage language) =>
        CardInputs.PeopleList(id, label, [.. choices], ConveneFormValues.Split(value), Texts.Get("Card.PersonSearch", language), multiSelect: true);

    private static CardInput[] Person(
        ConveneCardModel model, UiLanguage language, string pickerId, string textId, string label, string? picked, string? typed) =>
    [
        CardInputs.PersonSearch(pickerId, label, picked, picked is not null && model.KnownNames.GetValueOrDefault(picked) is { } name ? CardText.Name(name) : null,
            Texts.Get("Card.PersonSearch", language)),
        CardInputs.Text(textId, Texts.Get("Card.PersonFallback", language), typed, maxLength: ConveneLimits.PersonText),
    ];

    /// <summary>
    /// Name, role and organisation. The role is the one that puts the person on this list, named in
    /// the reader's language; the directory's job title only when the seeds know no such role.
    /// </summary>
    private const int MaxChoiceTitle = 100;

    private static (string, string) Choice(DirectoryPerson person, IReadOnlyList<RoleDefinition> roles, string[] listedBy, UiLanguage language)
    {
        var role = roles.FirstOrDefault(r => listedBy.Contains(r.Id, StringComparer.Ordinal) && person.CanTake(r.Id));
        var described = role?.Label.Get(language.Code) ?? person.JobTitle;
        var title = string.Join(", ", new[] { CardText.Name(person.DisplayName), described, person.Organisation }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return (CardText.Shorten(title, MaxChoiceTitle),
            People.PersonRefs.ChoiceValue(person));
    }

    private static (string, string) Minutes(int minutes, UiLanguage language) =>
        (string.Format(language.Culture, Texts.Get("Card.Minutes", language), minutes), minutes.ToString(CultureInfo.InvariantCulture));
}
