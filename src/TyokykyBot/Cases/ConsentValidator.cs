namespace TyokykyBot.Cases;

/// <summary>
/// Checks a consent draft against the case's roster: only proposed people can be allowed, only
/// covered people can receive the memo, and the shop steward must be someone new to the case.
/// </summary>
internal static class ConsentValidator
{
    public static IReadOnlyList<ValidationError> Validate(ConsentDraft draft, IReadOnlyList<Participant> roster)
    {
        var errors = new List<ValidationError>();
        if (!draft.Topics.Any(t => !string.IsNullOrWhiteSpace(t)))
            errors.Add(new(CaseField.Topics, CaseErrorCode.NoTopics));

        var proposed = roster.Where(p => p.Role.MayBeProposed()).Select(p => p.Id).ToHashSet();
        if (draft.AllowedAttendeeIds.Any(id => !proposed.Contains(id)))
            errors.Add(new(CaseField.AllowedAttendees, CaseErrorCode.NotProposed));

        if (draft.ShopSteward is { } steward)
        {
            if (!steward.IsWellFormed)
                errors.Add(new(CaseField.ShopSteward, CaseErrorCode.InvalidPerson));
            else if (roster.Any(p => p.Role != CaseRole.ShopSteward && p.Person.Matches(steward)))
                errors.Add(new(CaseField.ShopSteward, CaseErrorCode.DuplicatePerson));
        }

        var covered = roster.Where(p => p.IsCore).Select(p => p.Id).Concat(draft.AllowedAttendeeIds.Where(proposed.Contains)).ToHashSet();
        if (draft.MemoRecipientIds.Any(id => !covered.Contains(id)) || (draft.MemoToShopSteward && draft.ShopSteward is null))
            errors.Add(new(CaseField.MemoRecipients, CaseErrorCode.NotCovered));

        if (draft.Note is { Length: > ConsentDraft.MaxNoteLength })
            errors.Add(new(CaseField.Note, CaseErrorCode.TooLong));
        return errors;
    }
}
