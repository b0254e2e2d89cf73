namespace TyokykyBot.Seeds;

/// <summary>The rules of the demo directory.</summary>
internal static class DirectoryChecks
{
    public const int MinimumPeople = 12;

    private const string File = SeedFileNames.DemoDirectory;
    private static readonly string[] Languages = ["fi", "sv", "en"];

    public static void People(SeedProblems problems, SeedFile<DirectoryPerson> seed, IReadOnlySet<string> roleIds)
    {
        SeedRules.About(problems, File, seed);
        SeedRules.Ids(problems, File, "person", seed, p => p.Id);
        var people = seed.Items.IsDefault ? [] : seed.Items;
        if (people.Length < MinimumPeople)
        {
            problems.Add(File, $"has {people.Length} people; at least {MinimumPeople} are needed");
        }

        var ids = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var person in people)
        {
            Person(problems, person, ids, roleIds);
        }

        Unique(problems, people.Select(p => p.AadObjectId), "aadObjectId", StringComparer.Ordinal);
        Unique(problems, people.Select(p => p.Email), "e-mail", StringComparer.OrdinalIgnoreCase);
    }

    private static void Person(SeedProblems problems, DirectoryPerson person, HashSet<string> ids, IReadOnlySet<string> roleIds)
    {
        var who = $"person '{person.Id}'";
        Require(problems, who, "displayName", person.DisplayName);
        Require(problems, who, "jobTitle", person.JobTitle);
        if (string.IsNullOrWhiteSpace(person.Email) || !person.Email.Contains('@'))
        {
            problems.Add(File, $"{who} has no valid e-mail address");
        }

        if (person.External && !string.IsNullOrEmpty(person.AadObjectId))
        {
            problems.Add(File, $"{who} is external but has an aadObjectId; outsiders are known only by e-mail");
        }

        if (!person.External && (string.IsNullOrWhiteSpace(person.AadObjectId) || string.IsNullOrWhiteSpace(person.UserPrincipalName)))
        {
            problems.Add(File, $"{who} is not external, so it needs an aadObjectId and a userPrincipalName");
        }

        if (!Languages.Contains(person.DefaultLanguage))
        {
            problems.Add(File, $"{who} has defaultLanguage '{person.DefaultLanguage}'; use fi, sv or en");
        }

        References(problems, person, ids, roleIds, who);
    }

    private static void References(
        SeedProblems problems, DirectoryPerson person, HashSet<string> ids, IReadOnlySet<string> roleIds, string who)
    {
        var roles = person.Roles.IsDefault ? [] : person.Roles;
        if (roles.IsEmpty)
        {
            problems.Add(File, $"{who} has no roles");
        }

        foreach (var role in roles.Where(r => !roleIds.Contains(r) && !DirectoryRoleIds.All.Contains(r)))
        {
            problems.Add(File, $"{who} has role '{role}', which roles.json does not define");
        }

        var supervised = person.SupervisorOf.IsDefault ? [] : person.SupervisorOf;
        foreach (var id in supervised.Where(id => !ids.Contains(id) || id == person.Id))
        {
            problems.Add(File, $"{who} is supervisorOf '{id}', which is not another person in the directory");
        }

        if (!supervised.IsEmpty && !person.CanTake(RoleIds.Supervisor))
        {
            problems.Add(File, $"{who} supervises people but lacks the role '{RoleIds.Supervisor}'");
        }
    }

    private static void Require(SeedProblems problems, string who, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(File, $"{who} has no {field}");
        }
    }

    private static void Unique(SeedProblems problems, IEnumerable<string?> values, string field, StringComparer comparer)
    {
        var duplicates = values.Where(v => !string.IsNullOrEmpty(v)).GroupBy(v => v!, comparer).Where(g => g.Count() > 1);
        foreach (var duplicate in duplicates)
        {
            problems.Add(File, $"{field} '{duplicate.Key}' belongs to more than one person");
        }
    }
}
