namespace TyokykyBot.Seeds;

/// <summary>The rules of each seed file but the directory (<see cref="DirectoryChecks"/>).</summary>
internal static class SeedChecks
{
    public static void ConsentTopics(SeedProblems problems, SeedFile<ConsentTopic> seed)
    {
        const string file = SeedFileNames.ConsentTopics;
        Common(problems, file, "topic", seed, t => t.Id);
        foreach (var topic in Entries(seed))
        {
            SeedRules.Text(problems, file, "topic", topic.Id, "label", topic.Label);
            SeedRules.Text(problems, file, "topic", topic.Id, "description", topic.Description);
        }
    }

    public static void Roles(SeedProblems problems, SeedFile<RoleDefinition> seed)
    {
        const string file = SeedFileNames.Roles;
        Common(problems, file, "role", seed, r => r.Id);
        foreach (var role in Entries(seed))
        {
            SeedRules.Text(problems, file, "role", role.Id, "label", role.Label);
            SeedRules.Text(problems, file, "role", role.Id, "description", role.Description);
        }

        foreach (var required in RoleIds.All.Where(id => !Entries(seed).Any(r => r.Id == id)))
        {
            problems.Add(file, $"role '{required}' is missing; the app relies on it");
        }
    }

    public static void Checklist(SeedProblems problems, SeedFile<ChecklistItem> seed)
    {
        const string file = SeedFileNames.AgendaChecklist;
        Common(problems, file, "item", seed, i => i.Id);
        foreach (var item in Entries(seed))
        {
            SeedRules.Text(problems, file, "item", item.Id, "text", item.Text);
            if (!Enum.IsDefined(item.Phase))
            {
                problems.Add(file, $"item '{item.Id}' has no phase (before | start | during | end)");
            }
        }
    }

    public static void PreparationQuestions(
        SeedProblems problems, SeedFile<PreparationQuestion> seed, IReadOnlySet<string> roleIds)
    {
        const string file = SeedFileNames.PreparationQuestions;
        Common(problems, file, "question", seed, q => q.Id);
        foreach (var question in Entries(seed))
        {
            SeedRules.Text(problems, file, "question", question.Id, "text", question.Text);
            if (question.Roles.IsDefaultOrEmpty)
            {
                problems.Add(file, $"question '{question.Id}' names no roles");
                continue;
            }

            foreach (var role in question.Roles.Where(r => !roleIds.Contains(r)))
            {
                problems.Add(file, $"question '{question.Id}' names role '{role}', which roles.json does not define");
            }
        }
    }

    public static void Forums(SeedProblems problems, SeedFile<Forum> seed)
    {
        const string file = SeedFileNames.Forums;
        Common(problems, file, "forum", seed, f => f.Id);
        foreach (var forum in Entries(seed))
        {
            SeedRules.Text(problems, file, "forum", forum.Id, "name", forum.Name);
            SeedRules.Text(problems, file, "forum", forum.Id, "task", forum.Task);
            SeedRules.Text(problems, file, "forum", forum.Id, "participants", forum.Participants);
            SeedRules.Text(problems, file, "forum", forum.Id, "cadence", forum.Cadence);
            if (forum.TypicalTimesPerYear is <= 0)
            {
                problems.Add(file, $"forum '{forum.Id}' meets {forum.TypicalTimesPerYear} times a year; use a positive number or null");
            }
        }

        var caseForums = Entries(seed).Count(f => f.CaseMeetingForum);
        if (caseForums != 1)
        {
            problems.Add(file, $"exactly one forum must be marked caseMeetingForum, but {caseForums} are");
        }
    }

    private static void Common<T>(SeedProblems problems, string file, string noun, SeedFile<T> seed, Func<T, string?> id)
    {
        SeedRules.About(problems, file, seed);
        SeedRules.Ids(problems, file, noun, seed, id);
    }

    private static IEnumerable<T> Entries<T>(SeedFile<T> seed) => seed.Items.IsDefault ? [] : seed.Items;
}
