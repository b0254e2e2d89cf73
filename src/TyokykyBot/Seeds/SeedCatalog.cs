using System.Collections.Frozen;
using System.Collections.Immutable;

namespace TyokykyBot.Seeds;

/// <summary>All the seed data, validated and immutable; registered as a singleton by <c>AddSeeds</c>.</summary>
public sealed class SeedCatalog
{
    private readonly FrozenDictionary<string, ConsentTopic> _topics;
    private readonly FrozenDictionary<string, RoleDefinition> _roles;
    private readonly FrozenDictionary<string, ChecklistItem> _checklist;
    private readonly FrozenDictionary<string, Forum> _forums;
    private readonly Dictionary<string, DirectoryPerson> _people;
    private readonly Dictionary<string, DirectoryPerson> _peopleByAadObjectId;
    private readonly Dictionary<string, DirectoryPerson> _peopleByEmail;
    private readonly Dictionary<string, ImmutableArray<DirectoryPerson>> _peopleByRole;
    private readonly Dictionary<string, ImmutableArray<DirectoryPerson>> _supervisorsOf;

    internal SeedCatalog(
        string folder,
        ImmutableArray<ConsentTopic> consentTopics,
        ImmutableArray<RoleDefinition> roles,
        ImmutableArray<ChecklistItem> checklist,
        ImmutableArray<PreparationQuestion> preparationQuestions,
        ImmutableArray<Forum> forums,
        ImmutableArray<DirectoryPerson> people)
    {
        Folder = folder;
        ConsentTopics = consentTopics;
        Roles = roles;
        Checklist = checklist;
        PreparationQuestions = preparationQuestions;
        Forums = forums;
        People = people;
        CaseMeetingForum = forums.Single(f => f.CaseMeetingForum);
        _topics = consentTopics.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _roles = roles.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        _checklist = checklist.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
        _forums = forums.ToFrozenDictionary(f => f.Id, StringComparer.Ordinal);
        // The directory's indexes are plain dictionaries (never written after this): freezing
        // tens of thousands of keys cost about 0.2 s of every start.
        _people = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _peopleByAadObjectId = people.Where(p => !string.IsNullOrEmpty(p.AadObjectId))
            .ToDictionary(p => p.AadObjectId!, StringComparer.Ordinal);
        _peopleByEmail = people.ToDictionary(p => p.Email, StringComparer.OrdinalIgnoreCase);
        // Indexed once: every convene card asks for the people of some roles, and an organisation
        // of tens of thousands must not be walked for each card.
        _peopleByRole = people.SelectMany(p => p.Roles.Select(r => (Role: r, Person: p)))
            .GroupBy(x => x.Role, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Person).ToImmutableArray(), StringComparer.Ordinal);
        _supervisorsOf = people.SelectMany(p => p.SupervisorOf.Select(id => (Id: id, Supervisor: p)))
            .GroupBy(x => x.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Supervisor).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The full path of the folder the data came from.</summary>
    public string Folder { get; }

    /// <summary>In the order the consent card shows them.</summary>
    public ImmutableArray<ConsentTopic> ConsentTopics { get; }

    public ImmutableArray<RoleDefinition> Roles { get; }

    public ImmutableArray<ChecklistItem> Checklist { get; }

    public ImmutableArray<PreparationQuestion> PreparationQuestions { get; }

    public ImmutableArray<Forum> Forums { get; }

    public ImmutableArray<DirectoryPerson> People { get; }

    public Forum CaseMeetingForum { get; }

    public ConsentTopic? FindConsentTopic(string id) => _topics.GetValueOrDefault(id);

    public RoleDefinition? FindRole(string id) => _roles.GetValueOrDefault(id);

    public ChecklistItem? FindChecklistItem(string id) => _checklist.GetValueOrDefault(id);

    public Forum? FindForum(string id) => _forums.GetValueOrDefault(id);

    public DirectoryPerson? FindPerson(string id) => _people.GetValueOrDefault(id);

    public DirectoryPerson? FindPersonByAadObjectId(string aadObjectId) => _peopleByAadObjectId.GetValueOrDefault(aadObjectId);

    /// <summary>Case-insensitive, as e-mail addresses are in practice.</summary>
    public DirectoryPerson? FindPersonByEmail(string email) => _peopleByEmail.GetValueOrDefault(email.Trim());

    public IEnumerable<ChecklistItem> ChecklistFor(ChecklistPhase phase) => Checklist.Where(i => i.Phase == phase);

    public IEnumerable<PreparationQuestion> QuestionsFor(string roleId) =>
        PreparationQuestions.Where(q => q.Roles.Contains(roleId, StringComparer.Ordinal));

    public IEnumerable<DirectoryPerson> SupervisorsOf(string personId) =>
        _supervisorsOf.GetValueOrDefault(personId, []);

    /// <summary>The people who can take <paramref name="roleId"/>, in directory order.</summary>
    public ImmutableArray<DirectoryPerson> WithRole(string roleId) => _peopleByRole.GetValueOrDefault(roleId, []);
}
