namespace TyokykyBot.Seeds;

public static class SeedFileNames
{
    public const string ConsentTopics = "consent-topics.json";
    public const string Roles = "roles.json";
    public const string AgendaChecklist = "agenda-checklist.json";
    public const string PreparationQuestions = "preparation-questions.json";
    public const string Forums = "forums.json";
    public const string DemoDirectory = "demo-directory.json";
}
