using TyokykyBot.Seeds;

namespace TyokykyBot.Tests.Seeds;

public class SeedCatalogTests
{
    private static readonly SeedCatalog Catalog = SeedLoader.Load(SeedTestFolder.RealFolder);

    [Fact]
    public void FindPersonByEmail_DifferentCase_FindsPerson()
    {
        var person = Catalog.FindPersonByEmail("MARKKU.Turunen@Terveyspalvelu.example");

        Assert.Equal("markku-turunen", person?.Id);
    }

    [Fact]
    public void FindPerson_UnknownId_ReturnsNull()
    {
        Assert.Null(Catalog.FindPerson("no-such-person"));
    }

    [Fact]
    public void SupervisorsOf_SupervisedEmployee_ReturnsTheirSupervisor()
    {
        var supervisor = Assert.Single(Catalog.SupervisorsOf("mikko-korhonen"));

        Assert.Equal("user-id-0", supervisor.AadObjectId);
    }

    [Fact]
    public void QuestionsFor_OhNurse_ReturnsOnlyQuestionsNamingThatRole()
    {
        var questions = Catalog.QuestionsFor(RoleIds.OhNurse).ToList();

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.Contains(RoleIds.OhNurse, q.Roles));
        Assert.True(questions.Count < Catalog.PreparationQuestions.Length);
    }

    [Fact]
    public void CaseMeetingForum_RealSeeds_IsTheCaseMeetingsForum()
    {
        Assert.Equal("work-ability-case-meetings", Catalog.CaseMeetingForum.Id);
    }

    [Fact]
    public void FindConsentTopic_KnownId_ReturnsTopic()
    {
        Assert.Equal("Työaikajärjestelyt", Catalog.FindConsentTopic("working-time")?.Label.Fi);
    }
}
