using System.Text.Json.Nodes;
using TyokykyBot.Seeds;

namespace TyokykyBot.Tests.Seeds;

/// <summary>Rules about entries: ids, three languages, phases, references and required roles.</summary>
public sealed class SeedLoaderEntryTests : IDisposable
{
    private readonly SeedTestFolder _seeds = new();

    [Fact]
    public void Load_TopicWithoutSwedishLabel_NamesTopicAndLanguage()
    {
        _seeds.EditItem(SeedFileNames.ConsentTopics, "sickness-absences", t => t["label"]!.AsObject().Remove("sv"));

        Assert.Contains(
            "seeds/consent-topics.json: topic 'sickness-absences' has no Swedish label (sv)", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_TopicWithBlankEnglishDescription_NamesTopicAndLanguage()
    {
        _seeds.EditItem(SeedFileNames.ConsentTopics, "working-time", t => t["description"]!["en"] = "  ");

        Assert.Contains(
            "seeds/consent-topics.json: topic 'working-time' has no English description (en)", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_ForumWithoutCadence_NamesForumAndAllLanguages()
    {
        _seeds.EditItem(SeedFileNames.Forums, "oh-team-internal", f => f.Remove("cadence"));

        var message = _seeds.LoadFailure();

        Assert.Contains("seeds/forums.json: forum 'oh-team-internal' has no Finnish cadence (fi)", message);
        Assert.Contains("forum 'oh-team-internal' has no English cadence (en)", message);
    }

    [Fact]
    public void Load_DuplicateTopicId_NamesId()
    {
        _seeds.EditItem(SeedFileNames.ConsentTopics, "working-time", t => t["id"] = "work-community");

        Assert.Contains(
            "seeds/consent-topics.json: topic id 'work-community' appears more than once", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_ChecklistItemWithoutId_NamesItsPosition()
    {
        _seeds.Edit(SeedFileNames.AgendaChecklist, root => SeedTestFolder.Items(root)[1]!.AsObject().Remove("id"));

        Assert.Contains("seeds/agenda-checklist.json: item number 2 has no id", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_IdNotKebabCase_NamesId()
    {
        _seeds.EditItem(SeedFileNames.Forums, "oh-team-internal", f => f["id"] = "OH_Team");

        Assert.Contains("seeds/forums.json: forum 'OH_Team' has an id that is not kebab-case", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_ChecklistItemWithoutPhase_NamesItem()
    {
        _seeds.EditItem(SeedFileNames.AgendaChecklist, "listen", i => i.Remove("phase"));

        Assert.Contains("seeds/agenda-checklist.json: item 'listen' has no phase", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_QuestionWithUnknownRole_NamesQuestionAndRole()
    {
        _seeds.EditItem(SeedFileNames.PreparationQuestions, "hr-other-roles", q => q["roles"] = new JsonArray("payroll"));

        Assert.Contains(
            "seeds/preparation-questions.json: question 'hr-other-roles' names role 'payroll', which roles.json does not define",
            _seeds.LoadFailure());
    }

    [Fact]
    public void Load_RolesWithoutShopSteward_NamesMissingRole()
    {
        _seeds.Edit(SeedFileNames.Roles, root =>
        {
            var items = SeedTestFolder.Items(root);
            items.Remove(items.Single(r => (string?)r!["id"] == RoleIds.ShopSteward));
        });

        Assert.Contains("seeds/roles.json: role 'shop-steward' is missing", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_TwoCaseMeetingForums_IsRejected()
    {
        _seeds.EditItem(SeedFileNames.Forums, "oh-team-internal", f => f["caseMeetingForum"] = true);

        Assert.Contains(
            "seeds/forums.json: exactly one forum must be marked caseMeetingForum, but 2 are", _seeds.LoadFailure());
    }

    public void Dispose() => _seeds.Dispose();
}
