namespace TyokykyBot.Cases;

/// <summary>
/// Checks a convene request and resolves its roster: employee first, then the supervisor, OH and
/// the proposed others. The convener joins in their own role unless already named.
/// </summary>
internal sealed class ConveneValidator(ConveneRequest request, DateTimeOffset now)
{
    private readonly List<ValidationError> _errors = [];
    private readonly List<(ParticipantEntry Entry, string Field)> _roster = [];

    public IReadOnlyList<ValidationError> Errors => _errors;

    public IReadOnlyList<ParticipantEntry> Roster => [.. _roster.Select(r => r.Entry)];

    public ConveneValidator Validate()
    {
        CheckConvener();
        AddFixed(request.Employee, CaseRole.Employee, CaseField.Employee);
        AddFixed(request.Supervisor, CaseRole.Supervisor, CaseField.Supervisor);
        AddList(request.OccupationalHealth, CaseField.OccupationalHealth, r => r.IsOccupationalHealth());
        AddList(request.Others, CaseField.Others, r => r.MayBeProposed());
        AddConvenerInOwnRole();
        if (!_roster.Any(r => r.Entry.Role.IsOccupationalHealth()))
            Error(CaseField.OccupationalHealth, CaseErrorCode.Required);
        if (request.Place is { Length: > ConveneRules.MaxPlaceLength })
            Error(CaseField.Place, CaseErrorCode.TooLong);
        new ConveneScheduleValidator(request, now, _errors).Validate();
        return this;
    }

    private void CheckConvener()
    {
        if (!request.ConvenerRole.MayConvene())
            Error(CaseField.Convener, CaseErrorCode.RoleNotAllowed);
        else if (!request.Convener.IsWellFormed)
            Error(CaseField.Convener, CaseErrorCode.InvalidPerson);
    }

    private void AddFixed(PersonRef? given, CaseRole role, string field)
    {
        var person = given;
        if (request.ConvenerRole == role)
        {
            if (given is not null && !given.Matches(request.Convener))
            {
                Error(field, CaseErrorCode.MustBeConvener);
                return;
            }
            person = request.Convener;
        }
        if (person is null)
            Error(field, CaseErrorCode.Required);
        else if (!person.IsWellFormed)
            Error(field, CaseErrorCode.InvalidPerson);
        else if (role == CaseRole.Employee && !person.IsInsider)
            Error(field, CaseErrorCode.MustBeInTenant);
        else
            Add(new ParticipantEntry(person, role), field);
    }

    private void AddList(IReadOnlyList<ParticipantEntry> entries, string field, Func<CaseRole, bool> allowed)
    {
        foreach (var entry in entries)
        {
            if (entry.Role == CaseRole.ShopSteward)
                Error(field, CaseErrorCode.ShopStewardByEmployeeOnly);
            else if (!allowed(entry.Role))
                Error(field, CaseErrorCode.RoleNotAllowed);
            else if (!entry.Person.IsWellFormed)
                Error(field, CaseErrorCode.InvalidPerson);
            else
                Add(entry, field);
        }
    }

    private void AddConvenerInOwnRole()
    {
        var role = request.ConvenerRole;
        var named = _roster.Any(r => r.Entry.Person.Matches(request.Convener));
        if (named || !request.Convener.IsWellFormed || role is CaseRole.Employee or CaseRole.Supervisor)
            return;
        if (role.IsOccupationalHealth())
            Add(new ParticipantEntry(request.Convener, role), CaseField.OccupationalHealth);
        else if (role == CaseRole.Hr)
            Add(new ParticipantEntry(request.Convener, role), CaseField.Others);
    }

    private void Add(ParticipantEntry entry, string field)
    {
        var earlier = _roster.FirstOrDefault(r => r.Entry.Person.Matches(entry.Person));
        if (earlier.Entry is null && _roster.Count >= ConveneRules.MaxParticipants)
            Error(field, CaseErrorCode.TooMany);
        else if (earlier.Entry is null)
            _roster.Add((entry, field));
        else if (earlier.Entry.Role == CaseRole.Employee)
            Error(CaseField.Employee, CaseErrorCode.EmployeeAlsoOtherParticipant);
        else
            Error(field, CaseErrorCode.DuplicatePerson);
    }

    private void Error(string field, CaseErrorCode code)
    {
        var error = new ValidationError(field, code);
        if (!_errors.Contains(error))
            _errors.Add(error);
    }
}
