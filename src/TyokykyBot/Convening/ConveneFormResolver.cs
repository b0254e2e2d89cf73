using System.Globalization;
using System.Net.Mail;
using TyokykyBot.Cases;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Convening;

/// <summary>
/// Turns the convene card's raw input into a <see cref="ConveneRequest"/>: finds the people in
/// the directory, checks the convener's role against it, and fills the supervisor from it.
/// </summary>
public sealed class ConveneFormResolver(IPeopleDirectory directory)
{
    public async Task<ConveneResolution> ResolveAsync(ConveneFormValues values, PersonRef convener, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var convenerEntry = convener.AadObjectId is { } convenerId ? await directory.FindByAadObjectIdAsync(convenerId, cancellationToken) : null;
        var role = ConvenerRole(values.ConvenerRole, ConvenerRoles.For(convenerEntry), errors);
        var employee = await PersonAsync(values.Employee, values.EmployeeText, CaseField.Employee, errors, cancellationToken);
        var supervisor = await PersonAsync(values.Supervisor, values.SupervisorText, CaseField.Supervisor, errors, cancellationToken);
        if (supervisor is null && role is not CaseRole.Supervisor && !errors.Any(e => e.Field == CaseField.Supervisor))
            supervisor = await DirectorySupervisorAsync((employee ?? (role == CaseRole.Employee ? convener : null))?.AadObjectId, cancellationToken);
        var occupationalHealth = await OccupationalHealthAsync(values, errors, cancellationToken);
        var others = await OthersAsync(values.Others, errors, cancellationToken);
        var (kind, mode, length, start, end) = Schedule(values, errors);

        if (errors.Count > 0 || role is not { } convenerRole)
            return ConveneResolution.Invalid(errors);
        return ConveneResolution.Valid(new ConveneRequest
        {
            Convener = convenerEntry is null ? convener : PersonRefs.From(convenerEntry),
            ConvenerRole = convenerRole,
            Employee = employee,
            Supervisor = supervisor,
            OccupationalHealth = occupationalHealth,
            Others = others,
            Kind = kind,
            WindowStart = start,
            WindowEnd = end,
            LengthMinutes = length,
            Mode = mode,
        });
    }

    private static CaseRole? ConvenerRole(string? chosen, IReadOnlyList<string> allowed, List<ValidationError> errors)
    {
        if (chosen is { } id && allowed.Contains(id.Trim(), StringComparer.Ordinal) && CaseRoleIds.ToCaseRole(id) is { } role)
            return role;
        errors.Add(new(CaseField.Convener, CaseErrorCode.RoleNotAllowed));
        return null;
    }

    /// <summary>The picker wins; the typed text is the fallback where there is no picker.</summary>
    private async Task<PersonRef?> PersonAsync(
        string? picked, string? typed, string field, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        DirectoryPerson? person;
        if (!string.IsNullOrWhiteSpace(picked))
            person = await directory.FindByChoiceValueAsync(picked, cancellationToken);
        else if (!string.IsNullOrWhiteSpace(typed))
            person = await directory.FindTypedAsync(typed, cancellationToken);
        else
            return null;
        if (person is null)
            errors.Add(new(field, CaseErrorCode.InvalidPerson));
        return person is null ? null : PersonRefs.From(person);
    }

    /// <summary>Only an unambiguous supervisor is filled in; otherwise the card asks.</summary>
    private async Task<PersonRef?> DirectorySupervisorAsync(string? employeeAadObjectId, CancellationToken cancellationToken)
    {
        if (employeeAadObjectId is null)
            return null;
        var supervisors = await directory.SupervisorsOfAsync(employeeAadObjectId, cancellationToken);
        return supervisors.Count == 1 ? PersonRefs.From(supervisors[0]) : null;
    }

    private async Task<IReadOnlyList<ParticipantEntry>> OccupationalHealthAsync(
        ConveneFormValues values, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        var entries = new List<ParticipantEntry>();
        foreach (var value in ConveneFormValues.Split(values.OccupationalHealth))
            AddOccupationalHealth(await directory.FindByChoiceValueAsync(value, cancellationToken), entries, errors);
        foreach (var email in ConveneFormValues.Split(values.OhEmails))
        {
            if (await directory.FindByEmailAsync(email, cancellationToken) is { } known)
                AddOccupationalHealth(known, entries, errors);
            else if (MailAddress.TryCreate(email, out var address) && address.Address == email)
                entries.Add(new(PersonRef.Outsider(email, email), CaseRole.OhPhysician));
            else
                errors.Add(new(CaseField.OccupationalHealth, CaseErrorCode.InvalidPerson));
        }
        return entries;
    }

    private static void AddOccupationalHealth(DirectoryPerson? person, List<ParticipantEntry> entries, List<ValidationError> errors)
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

    private async Task<IReadOnlyList<ParticipantEntry>> OthersAsync(string? chosen, List<ValidationError> errors, CancellationToken cancellationToken)
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

    private static (MeetingKind, MeetingMode, int, DateOnly?, DateOnly?) Schedule(ConveneFormValues values, List<ValidationError> errors)
    {
        var kind = Parse(values.Kind, MeetingKind.First, CaseField.Kind, errors,
            (ConveneFields.KindFirst, MeetingKind.First), (ConveneFields.KindFollowUp, MeetingKind.FollowUp));
        var mode = Parse(values.Mode, MeetingMode.Remote, CaseField.Mode, errors,
            (ConveneFields.ModeRemote, MeetingMode.Remote), (ConveneFields.ModeOnSite, MeetingMode.OnSite));
        var length = ConveneRequest.DefaultLengthMinutes;
        if (!string.IsNullOrWhiteSpace(values.Length) && !int.TryParse(values.Length.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out length))
            errors.Add(new(CaseField.Length, CaseErrorCode.LengthNotAllowed));
        return (kind, mode, length, Date(values.WindowStart, CaseField.WindowStart, errors), Date(values.WindowEnd, CaseField.WindowEnd, errors));
    }

    private static T Parse<T>(string? text, T empty, string field, List<ValidationError> errors, params (string Value, T Result)[] known)
    {
        if (string.IsNullOrWhiteSpace(text))
            return empty;
        foreach (var (value, result) in known)
        {
            if (string.Equals(value, text.Trim(), StringComparison.OrdinalIgnoreCase))
                return result;
        }
        errors.Add(new(field, CaseErrorCode.InvalidValue));
        return empty;
    }

    /// <summary>Input.Date submits ISO dates (yyyy-MM-dd); some clients append a time.</summary>
    private static DateOnly? Date(string? text, string field, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var head = text.Trim();
        if (head.Length > 10)
            head = head[..10];
        if (DateOnly.TryParseExact(head, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        errors.Add(new(field, CaseErrorCode.InvalidValue));
        return null;
    }
}
