using System.Globalization;
using TyokykyBot.Cases;
using TyokykyBot.Localization;

namespace TyokykyBot.Cards;

/// <summary>Turns the domain's field errors into red lines under the card's inputs.</summary>
public static class FieldErrors
{
    /// <summary>The id of the error line under the input <paramref name="anchor"/>.</summary>
    public static string IdFor(string anchor) => "error:" + anchor;

    /// <summary>
    /// One red TextBlock for every error of <paramref name="fields"/>, or null when there is none;
    /// placed right after the inputs of <paramref name="anchor"/>.
    /// </summary>
    public static TextBlock? Block(IReadOnlyList<ValidationError> errors, UiLanguage language, string anchor, params string[] fields)
    {
        var messages = errors.Where(e => fields.Contains(e.Field, StringComparer.Ordinal))
            .Select(e => Message(e, language)).Distinct().ToList();
        return messages.Count == 0 ? null : AdaptiveCard.ErrorText(IdFor(anchor), string.Join("\n\n", messages));
    }

    /// <summary>Errors whose field the card has no place for, so that none is lost.</summary>
    public static TextBlock? Others(IReadOnlyList<ValidationError> errors, UiLanguage language, IReadOnlyCollection<string> placed) =>
        Block(errors, language, "general", [.. errors.Select(e => e.Field).Where(f => !placed.Contains(f)).Distinct()]);

    public static string Message(ValidationError error, UiLanguage language) => (error.Field, error.Code) switch
    {
        (CaseField.WindowEnd, CaseErrorCode.TooLong) => Format("FieldError.WindowTooLong", language, ConveneRules.MaxWindowDays),
        (_, CaseErrorCode.TooMany) => Format("FieldError.TooMany", language, ConveneRules.MaxParticipants),
        (CaseField.Note, CaseErrorCode.TooLong) => Format("FieldError.NoteTooLong", language, ConsentDraft.MaxNoteLength),
        (CaseField.Convener, CaseErrorCode.RoleNotAllowed) => Texts.Get("FieldError.ConvenerRoleNotAllowed", language),
        (CaseField.Convener, CaseErrorCode.NotEmployeesSupervisor) => Texts.Get("FieldError.ConvenerNotEmployeesSupervisor", language),
        (_, CaseErrorCode.NotFound) when error.Detail is { } names => Format("FieldError.NotFoundSuggestions", language, names),
        (_, CaseErrorCode.Ambiguous) when error.Detail is { } names => Format("FieldError.AmbiguousCandidates", language, names),
        (CaseField.ShopSteward, CaseErrorCode.TooLong) => Format("FieldError.PersonTooLong", language, ConsentDraft.MaxShopStewardTextLength),
        (CaseField.Topics, CaseErrorCode.InvalidValue) => Texts.Get("FieldError.UnknownTopic", language),
        _ => Texts.Get("FieldError." + error.Code, language),
    };

    private static string Format(string key, UiLanguage language, int value) =>
        Format(key, language, value.ToString(CultureInfo.InvariantCulture));

    private static string Format(string key, UiLanguage language, string value) =>
        string.Format(language.Culture, Texts.Get(key, language), value);
}
