using TyokykyBot.Cases;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Convening;

/// <summary>Finds the people the convene card names; what cannot be found becomes an error on its field.</summary>
internal sealed class ConvenePeople(IPeopleDirectory directory, List<ValidationError> errors)
{
    /// <summary>At most this many people are listed for a name several share.</summary>
    private const int MaxCandidates = 5;

    /// <summary>The picker wins; the typed text is the fallback where there is no picker.</summary>
    public async Task<PersonRef?> PersonAsync(string? picked, string? typed, string field, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(picked))
        {
            var chosen = await directory.FindByChoiceValueAsync(picked, cancellationToken);
            if (chosen is null)
                errors.Add(new(field, CaseErrorCode.InvalidPerson));
            return chosen is null ? null : PersonRefs.From(chosen);
        }
        if (string.IsNullOrWhiteSpace(typed))
            return null;
        var match = await directory.ResolveTypedAsync(typed, cancellationToken);
        if (match.Person is { } person)
            return PersonRefs.From(person);
        errors.Add(TypedError(field, typed.Trim(), match));
        return null;
    }

    public async Task<IReadOnlyList<ParticipantEntry>> OccupationalHealthAsync(ConveneFormValues values, CancellationToken cancellationToken)
    {
        var entries = new List<ParticipantEntry>();
        foreach (var value in ConveneFormValues.Split(values.OccupationalHealth))
            AddOccupationalHealth(await directory.FindByChoiceValueAsync(value, cancellationToken), entries);
        foreach (var email in ConveneFormValues.Split(values.OhEmails))
        {
            if (await directory.FindByEmailAsync(email, cancellationToken) is { } known)
                AddOccupationalHealth(known, entries);
            else if (EmailAddresses.IsStrict(email))
                entries.Add(new(PersonRef.Outsider(email, email), CaseRole.OhPhysician));
            else
                errors.Add(new(CaseField.OccupationalHealth, CaseErrorCode.InvalidEmail));
        }
        return entries;
    }

    public async Task<IReadOnlyList<ParticipantEntry>> OthersAsync(string? chosen, CancellationToken cancellationToken)
    {
        var entries = new List<ParticipantEntry>();
        foreach (var value in ConveneFormValues.Split(chosen))
        {
            var person = await directory.FindByChoiceValueAsync(value, cancellationToken);
            if (person is null)
                errors.Add(new(CaseField.Others, CaseErrorCode.InvalidPerson));
            else if (person.CanTake(RoleIds.Hr) || person.CanTake(RoleIds.Other))
                entries.Add(new(PersonRefs.From(person), person.CanTake(RoleIds.Hr) ? CaseRole.Hr : CaseRole.Other));
            else
                errors.Add(new(CaseField.Others, CaseErrorCode.RoleNotAllowed));
        }
        return entries;
    }

    private void AddOccupationalHealth(DirectoryPerson? person, List<ParticipantEntry> entries)
    {
        var role = person switch
        {
            null => (CaseRole?)null,
            _ when person.CanTake(RoleIds.OhPhysician) => CaseRole.OhPhysician,
            _ when person.CanTake(RoleIds.OhNurse) => CaseRole.OhNurse,
            _ => null,
        };
        if (person is null)
            errors.Add(new(CaseField.OccupationalHealth, CaseErrorCode.InvalidPerson));
        else if (role is null)
            errors.Add(new(CaseField.OccupationalHealth, CaseErrorCode.RoleNotAllowed));
        else
            entries.Add(new(PersonRefs.From(person), role.Value));
    }

    /// <summary>The detail names directory people only, as the convener's own directory search would.</summary>
    private static ValidationError TypedError(string field, string typed, TypedMatch match)
    {
        if (match.IsAmbiguous)
        {
            var listed = match.Candidates.Take(MaxCandidates).Select(p => $"{Cards.CardText.Name(p.DisplayName)} ({p.Email})");
            var more = match.Candidates.Count > MaxCandidates ? ", …" : "";
            return new(field, CaseErrorCode.Ambiguous, string.Join(", ", listed) + more);
        }
        if (typed.Contains('@') && !EmailAddresses.IsStrict(typed))
            return new(field, CaseErrorCode.InvalidEmail);
        return match.Suggestions.Count == 0
            ? new(field, CaseErrorCode.NotFound)
            : new(field, CaseErrorCode.NotFound, string.Join(", ", match.Suggestions.Select(p => Cards.CardText.Name(p.DisplayName))));
    }
}
