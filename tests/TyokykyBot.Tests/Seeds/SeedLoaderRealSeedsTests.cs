using TyokykyBot.Seeds;

namespace TyokykyBot.Tests.Seeds;

public class SeedLoaderRealSeedsTests
{
    private static readonly SeedCatalog Catalog = SeedLoader.Load(SeedTestFolder.RealFolder);

    [Fact]
    public void Load_RealSeeds_HasAtLeastTwelvePeople()
    {
        Assert.True(Catalog.People.Length >= 12, $"only {Catalog.People.Length} people");
    }

    [Fact]
    public void Load_RealSeeds_EveryTopicHasLabelAndDescriptionInThreeLanguages()
    {
        Assert.NotEmpty(Catalog.ConsentTopics);
        Assert.All(Catalog.ConsentTopics, topic =>
        {
            Assert.Empty(topic.Label.MissingLanguages());
            Assert.Empty(topic.Description.MissingLanguages());
        });
    }

    [Fact]
    public void Load_RealSeeds_ExternalOhPhysicianHasOnlyEmail()
    {
        var physician = Assert.Single(Catalog.People, p => p.External && p.CanTake(RoleIds.OhPhysician));

        Assert.Null(physician.AadObjectId);
        Assert.Null(physician.UserPrincipalName);
        Assert.EndsWith("@terveyspalvelu.example", physician.Email);
    }

    [Fact]
    public void Load_RealSeeds_IdsAreUniqueInEveryFile()
    {
        AssertUnique(Catalog.ConsentTopics.Select(t => t.Id));
        AssertUnique(Catalog.Roles.Select(r => r.Id));
        AssertUnique(Catalog.Checklist.Select(i => i.Id));
        AssertUnique(Catalog.PreparationQuestions.Select(q => q.Id));
        AssertUnique(Catalog.Forums.Select(f => f.Id));
        AssertUnique(Catalog.People.Select(p => p.Id));
        AssertUnique(Catalog.People.Where(p => p.AadObjectId is not null).Select(p => p.AadObjectId!));
    }

    [Fact]
    public void Load_RealSeeds_PlaygroundUsersAreMappedAndUserZeroCanSupervise()
    {
        foreach (var id in Enumerable.Range(0, 5).Select(n => $"user-id-{n}"))
        {
            Assert.NotNull(Catalog.FindPersonByAadObjectId(id));
        }

        var userZero = Catalog.FindPersonByAadObjectId("user-id-0")!;
        Assert.True(userZero.CanTake(RoleIds.Supervisor));
        Assert.NotEmpty(userZero.SupervisorOf);
    }

    [Fact]
    public void Load_RealSeeds_OnlyEmploymentContractSuggestsShopSteward()
    {
        var topic = Assert.Single(Catalog.ConsentTopics, t => t.SuggestsShopSteward);
        Assert.Equal("employment-contract", topic.Id);
    }

    [Fact]
    public void Load_RealSeeds_HasFinnishAndSwedishSpeakers()
    {
        Assert.Contains(Catalog.People, p => p.DefaultLanguage == "sv");
        Assert.Contains(Catalog.People, p => p.DefaultLanguage == "fi");
    }

    [Fact]
    public void Load_RealSeeds_ChecklistCoversEveryPhase()
    {
        Assert.All(Enum.GetValues<ChecklistPhase>(), phase => Assert.NotEmpty(Catalog.ChecklistFor(phase)));
    }

    [Fact]
    public void Load_RealSeeds_EachPreparedRoleHasQuestions()
    {
        string[] prepared = [RoleIds.Employee, RoleIds.Supervisor, RoleIds.OhPhysician, RoleIds.OhNurse, RoleIds.Hr];
        Assert.All(prepared, role => Assert.NotEmpty(Catalog.QuestionsFor(role)));
    }

    [Fact]
    public void Load_RealSeeds_ShopStewardIsInvitedOnlyByEmployeeAndNotCore()
    {
        var steward = Catalog.FindRole(RoleIds.ShopSteward)!;

        Assert.True(steward.InvitedOnlyByEmployee);
        Assert.False(steward.CoreGroup);
    }

    private static void AssertUnique(IEnumerable<string> ids)
    {
        var list = ids.ToList();
        Assert.Equal(list.Count, list.Distinct(StringComparer.Ordinal).Count());
    }
}
