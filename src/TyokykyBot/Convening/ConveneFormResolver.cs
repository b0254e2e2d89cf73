using TyokykyBot.Cases;
using TyokykyBot.Meetings.Scheduling;
using TyokykyBot.People;

namespace TyokykyBot.Convening;

/// <summary>
/// Turns the convene card's raw input into a <see cref="ConveneRequest"/>: finds the people in
/// the directory, checks the convener's role and the supervisor against it, and fills the
/// supervisor from it. Every error comes back at once: the domain's rules run on what could be
/// read, and the window is checked against the scheduler's working calendar.
/// </summary>
public sealed class ConveneFormResolver(IPeopleDirectory directory, SlotFinder slots, TimeProvider time)
{
    public async Task<ConveneResolution> ResolveAsync(ConveneFormValues submitted, PersonRef convener, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        var values = ConveneLimits.Enforce(submitted, errors);
        var convenerEntry = convener.AadObjectId is { } convenerId ? await directory.FindByAadObjectIdAsync(convenerId, cancellationToken) : null;
        var convenerRef = convenerEntry is null ? convener : PersonRefs.From(convenerEntry);
        var role = ConvenerRole(values.ConvenerRole, ConvenerRoles.For(convenerEntry), errors);
        var people = new ConvenePeople(directory, errors);
        var employee = await people.PersonAsync(values.Employee, values.EmployeeText, CaseField.Employee, cancellationToken);
        var supervisor = await people.PersonAsync(values.Supervisor, values.SupervisorText, CaseField.Supervisor, cancellationToken);
        supervisor = await SupervisorAsync(role, convenerRef, role == CaseRole.Employee ? convenerRef : employee, supervisor, errors, cancellationToken);
        var occupationalHealth = await people.OccupationalHealthAsync(values, cancellationToken);
        var others = await people.OthersAsync(values.Others, cancellationToken);
        var (kind, mode, length, start, end) = ConveneScheduleReader.Read(values, errors);

        var request = new ConveneRequest
        {
            Convener = convenerRef,
            ConvenerRole = role ?? CaseRole.Other,
            Employee = employee,
            Supervisor = supervisor,
            OccupationalHealth = occupationalHealth,
            Others = others,
            Kind = kind,
            WindowStart = start,
            WindowEnd = end,
            LengthMinutes = length,
            Mode = mode,
            Place = string.IsNullOrWhiteSpace(values.Place) ? null : values.Place.Trim(),
        };
        var now = HelsinkiTime.Now(time);
        AddDomainErrors(request, role is not null, now, errors);
        CheckWorkingTime(request, now, errors);
        return errors.Count == 0 ? ConveneResolution.Valid(request) : ConveneResolution.Invalid([.. errors.Distinct()]);
    }

    private static CaseRole? ConvenerRole(string? chosen, IReadOnlyList<string> allowed, List<ValidationError> errors)
    {
        if (errors.Any(e => e.Field == CaseField.Convener))
            return null;
        if (string.IsNullOrWhiteSpace(chosen) && allowed.Count > 0)
            errors.Add(new(CaseField.Convener, CaseErrorCode.Required));
        else if (chosen is { } id && allowed.Contains(id.Trim(), StringComparer.Ordinal) && CaseRoleIds.ToCaseRole(id) is { } role)
            return role;
        else
            errors.Add(new(CaseField.Convener, CaseErrorCode.RoleNotAllowed));
        return null;
    }

    /// <summary>
    /// Only the employee's supervisor in the directory may sit in the supervisor's seat, whether the
    /// convener takes it or names someone. Left empty, it is filled only when the directory is unambiguous.
    /// </summary>
    private async Task<PersonRef?> SupervisorAsync(
        CaseRole? role, PersonRef convener, PersonRef? employee, PersonRef? named, List<ValidationError> errors, CancellationToken cancellationToken)
    {
        if (employee?.AadObjectId is not { } employeeId || errors.Any(e => e.Field == CaseField.Supervisor))
            return named;
        var supervisors = await directory.SupervisorsOfAsync(employeeId, cancellationToken);
        bool IsSupervisor(PersonRef person) =>
            supervisors.Any(s => string.Equals(s.AadObjectId, person.AadObjectId, StringComparison.OrdinalIgnoreCase));

        if (role == CaseRole.Supervisor)
        {
            // Naming someone else here is the domain's MustBeConvener.
            if ((named is null || named.AadObjectId == convener.AadObjectId) && !IsSupervisor(convener))
                errors.Add(new(CaseField.Convener, CaseErrorCode.NotEmployeesSupervisor));
            return named;
        }
        if (named is not null && !IsSupervisor(named))
            errors.Add(new(CaseField.Supervisor, CaseErrorCode.NotEmployeesSupervisor));
        return named ?? (supervisors.Count == 1 ? PersonRefs.From(supervisors[0]) : null);
    }

    /// <summary>The domain's rules, on fields the card's input did not already fail; a field shows its first cause only.</summary>
    private static void AddDomainErrors(ConveneRequest request, bool roleKnown, DateTimeOffset now, List<ValidationError> errors)
    {
        var failed = errors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
        var domain = new List<ValidationError>();
        // Without a role the roster rules would only guess; the schedule rules do not depend on it.
        if (roleKnown)
            domain.AddRange(new ConveneValidator(request, now).Validate().Errors);
        else
            new ConveneScheduleValidator(request, now, domain).Validate();
        errors.AddRange(domain.Where(e => !failed.Contains(e.Field)));
    }

    private void CheckWorkingTime(ConveneRequest request, DateTimeOffset now, List<ValidationError> errors)
    {
        if (request is not { WindowStart: { } start, WindowEnd: { } end }
            || errors.Any(e => e.Field is CaseField.WindowStart or CaseField.WindowEnd or CaseField.Length))
            return;
        if (!slots.HasWorkingTime(start, end, TimeSpan.FromMinutes(request.LengthMinutes), now))
            errors.Add(new(CaseField.WindowEnd, CaseErrorCode.NoWorkingTime));
    }
}
