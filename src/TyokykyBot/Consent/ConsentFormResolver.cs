using TyokykyBot.Cases;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Consent;

/// <summary>
/// Turns the consent card's answers into a <see cref="ConsentDraft"/>. What the card alone can
/// check is checked here: topics the seeds define, the remote answer, the shop steward's lookup.
/// The rules about who may attend and receive the memo are the case's own.
/// </summary>
public sealed class ConsentFormResolver(IPeopleDirectory directory, SeedCatalog seeds)
{
    public async Task<ConsentResolution> ResolveAsync(ConsentFormValues values, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        // A stale card or a crafted submit may name a topic the seeds do not know: refused, never stored.
        if (values.Topics.Any(t => seeds.FindConsentTopic(t) is null))
            errors.Add(new(CaseField.Topics, CaseErrorCode.InvalidValue));
        if (values.RemoteMeeting is null)
            errors.Add(new(ConsentFields.Remote, CaseErrorCode.Required));

        var (steward, stewardError) = await ShopStewardAsync(values, cancellationToken);
        if (stewardError is { } code)
            errors.Add(new(CaseField.ShopSteward, code));
        if (errors.Count > 0)
            return new ConsentResolution(null, errors);

        return new ConsentResolution(new ConsentDraft
        {
            Topics = values.Topics,
            AllowedAttendeeIds = values.AllowedAttendeeIds,
            ShopSteward = steward,
            MemoRecipientIds = values.MemoRecipientIds,
            MemoToShopSteward = values.MemoToShopSteward && steward is not null,
            MayShareTopics = values.MayShareTopics,
            RemoteMeeting = values.RemoteMeeting is true,
            Note = values.Note,
        }, []);
    }

    /// <summary>
    /// A directory person must be a shop steward there; an address the directory does not know
    /// is taken as given (a union representative from outside, say).
    /// </summary>
    private async Task<(PersonRef?, CaseErrorCode?)> ShopStewardAsync(ConsentFormValues values, CancellationToken cancellationToken)
    {
        DirectoryPerson? person;
        var typed = values.ShopStewardText?.Trim();
        if (typed is { Length: > ConsentDraft.MaxShopStewardTextLength })
            return (null, CaseErrorCode.TooLong);
        if (!string.IsNullOrWhiteSpace(values.ShopSteward))
            person = await directory.FindByChoiceValueAsync(values.ShopSteward, cancellationToken);
        else if (!string.IsNullOrEmpty(typed))
            person = await directory.FindTypedAsync(typed, cancellationToken);
        else
            return (null, null);

        if (person is not null)
            return person.CanTake(RoleIds.ShopSteward) ? (PersonRefs.From(person), null) : (null, CaseErrorCode.RoleNotAllowed);
        if (string.IsNullOrWhiteSpace(values.ShopSteward) && typed is not null && typed.Contains('@'))
            return EmailAddresses.IsStrict(typed) ? (PersonRef.Outsider(typed, typed), null) : (null, CaseErrorCode.InvalidEmail);
        return (null, CaseErrorCode.InvalidPerson);
    }
}
