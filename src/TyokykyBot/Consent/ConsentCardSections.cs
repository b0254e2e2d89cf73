using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Consent;

/// <summary>The consent card's longer sections, each a run of body elements.</summary>
internal static class ConsentCardSections
{
    /// <summary>A change card's toggles are ticked from the latest version, so its hint says so instead.</summary>
    public static IEnumerable<CardElement> Topics(SeedCatalog seeds, ConsentFormValues values, bool changing, UiLanguage language)
    {
        yield return AdaptiveCard.Heading(T("Topics", language));
        yield return AdaptiveCard.Text(T(changing ? "TopicsHintChange" : "TopicsHint", language), subtle: true);
        foreach (var topic in seeds.ConsentTopics)
        {
            yield return CardInputs.Toggle(ConsentFields.Topic(topic.Id), topic.Label.Get(language.Code), values.Topics.Contains(topic.Id));
            yield return Indented(topic.Description.Get(language.Code));
            if (topic.SuggestsShopSteward)
                yield return Indented(T("ShopStewardTopicHint", language));
        }
    }

    /// <summary>Only the people the convener proposed beyond the core group; none when there are none.</summary>
    public static IEnumerable<CardElement> Attendees(Case c, ConsentFormValues values, UiLanguage language, Func<CaseRole, string> role)
    {
        var proposed = c.Participants.Where(p => p.Role.MayBeProposed()).ToList();
        if (proposed.Count == 0)
            yield break;
        yield return AdaptiveCard.Heading(T("Attendees", language));
        yield return AdaptiveCard.Text(T("AttendeesHint", language), subtle: true);
        foreach (var p in proposed)
            yield return CardInputs.Toggle(ConsentFields.Attendee(p.Id), $"{CardText.Name(p.Person.DisplayName)} ({role(p.Role)})", values.AllowedAttendeeIds.Contains(p.Id));
    }

    /// <summary>
    /// The employee's own choice, none unless they make one: the directory's shop stewards, filtered
    /// as the employee types (only a steward may be chosen, so the whole directory is searched only
    /// when the list is too long to send), and the typed fallback beside it.
    /// </summary>
    public static IEnumerable<CardElement> ShopSteward(IReadOnlyList<DirectoryPerson> stewards, ConsentFormValues values, UiLanguage language)
    {
        var choices = stewards.Select(s => (Title: CardText.Name(s.DisplayName), Value: PersonRefs.ChoiceValue(s))).ToList();
        var listed = values.ShopSteward is { } chosen && choices.Any(ch => string.Equals(ch.Value, chosen, StringComparison.OrdinalIgnoreCase));
        if (CardInputs.PeopleList(ConsentFields.ShopSteward, T("ShopSteward", language), choices,
                listed ? [values.ShopSteward!] : [], Texts.Get("Card.PersonSearch", language), placeholder: T("ShopStewardNone", language)) is { } list)
            yield return list;
        yield return CardInputs.Text(ConsentFields.ShopStewardText, Texts.Get("Card.PersonFallback", language),
            values.ShopStewardText ?? (listed ? null : values.ShopSteward), maxLength: ConsentDraft.MaxShopStewardTextLength);
    }

    public static IEnumerable<CardElement> Memo(Case c, ConsentFormValues values, UiLanguage language)
    {
        yield return AdaptiveCard.Heading(T("Memo", language));
        foreach (var p in c.Participants.Where(p => p.IsCore || p.Role.MayBeProposed()))
        {
            var title = p.Role == CaseRole.Employee ? "MemoSelf" : p.IsCore ? null : "MemoIfAttending";
            var text = title is null ? CardText.Name(p.Person.DisplayName) : string.Format(language.Culture, T(title, language), CardText.Name(p.Person.DisplayName));
            yield return CardInputs.Toggle(ConsentFields.Memo(p.Id), text, values.MemoRecipientIds.Contains(p.Id));
        }
        yield return CardInputs.Toggle(ConsentFields.MemoShopSteward, T("MemoShopSteward", language), values.MemoToShopSteward);
    }

    /// <summary>
    /// Asked only when the convener proposed a remote meeting: a required choice with nothing
    /// chosen until the employee answers (or a change card brings the last answer).
    /// </summary>
    public static ChoiceSetInput Remote(ConsentFormValues values, UiLanguage language)
    {
        var value = values.RemoteMeeting switch
        {
            true => ConsentFields.RemoteAccepted,
            false => ConsentFields.RemoteDeclined,
            null => null,
        };
        return CardInputs.Choices(ConsentFields.Remote, T("Remote", language),
            [(T("RemoteAccepted", language), ConsentFields.RemoteAccepted), (T("RemoteDeclined", language), ConsentFields.RemoteDeclined)],
            value, style: "expanded", requiredMessage: T("RemoteRequired", language));
    }

    private static TextBlock Indented(string text) => AdaptiveCard.Text(text, subtle: true) with { Spacing = "None", Size = "Small" };

    private static string T(string key, UiLanguage language) => Texts.Get("Consent.Card." + key, language);
}
