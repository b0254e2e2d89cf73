namespace TyokykyBot.Cases;

/// <summary>
/// Someone named on the case. Being on this roster is not attending: who attends is read from
/// the latest consent each time (<see cref="Case.Attendees"/>).
/// </summary>
public sealed class Participant
{
    private Participant() => Person = null!;

    internal Participant(Guid id, PersonRef person, CaseRole role)
    {
        Id = id;
        Person = person;
        Role = role;
    }

    public Guid Id { get; private set; }

    public PersonRef Person { get; private set; }

    public CaseRole Role { get; private set; }

    public bool IsCore => Role.IsCore();
}
