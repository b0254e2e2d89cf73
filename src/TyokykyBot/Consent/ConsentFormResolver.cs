using TyokykyBot.Cases;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Consent;

/// <summary>
/// Turns the consent card's answers into a <see cref="ConsentDraft"/>. The only lookup is the shop
/// steward; the rules about who may attend and receive the memo are the case's own.
/// </summary>
public sealed class ConsentFormResolver(IPeopleDirectory directory)
{
    public async Task<ConsentResolution> ResolveAsync(ConsentFormValues values, CancellationToken cancellationToken)
    {
        var (steward, error) = await ShopStewardAsync(values, cancellationToken);
        if (error is not null)
            return new ConsentResolution(null, [new ValidationError(CaseField.ShopSteward, error.Value)]);
        return new ConsentResolution(new ConsentDraft
        {
            Topics = values.Topics,
            AllowedAttendeeIds = values.AllowedAttendeeIds,
            ShopSteward = steward,
            MemoRecipientIds = values.MemoRecipientIds,
            MemoToShopSteward = values.MemoToShopSteward && steward is not null,
            MayShareTopics = values.MayShareTopics,
            RemoteMeeting = values.RemoteMeeting,
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
