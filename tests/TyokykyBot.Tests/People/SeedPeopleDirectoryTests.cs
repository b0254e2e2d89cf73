using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.People;

public class SeedPeopleDirectoryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task FindByAadObjectIdAsync_PlaygroundUser_FindsSeedPerson()
    {
        var person = await Dir.FindByAadObjectIdAsync("user-id-0", None);

        Assert.Equal("Aino Virtanen", person?.DisplayName);
    }

    [Fact]
    public async Task FindByAadObjectIdAsync_Unknown_ReturnsNull()
    {
        Assert.Null(await Dir.FindByAadObjectIdAsync("user-id-99", None));
    }

    [Fact]
    public async Task FindByEmailAsync_OtherCase_FindsPerson()
    {
        var person = await Dir.FindByEmailAsync(" MIKKO.Korhonen@Contoso.example ", None);

        Assert.Equal(Mikko, person?.AadObjectId);
    }

    [Theory]
    [InlineData("virtanen", "aino-virtanen")]
    [InlineData("HOLMSTRÖM", "elin-holmstrom")]
    [InlineData("terveyspalvelu.example", "markku-turunen")]
    [InlineData("jenni.makinen@", "jenni-makinen")]
    public async Task SearchAsync_PartOfNameOrAddress_FindsOnlyThatPerson(string text, string expectedId)
    {
        var found = await Dir.SearchAsync(text, None);

        Assert.Equal(expectedId, Assert.Single(found).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no such person")]
    public async Task SearchAsync_BlankOrUnknown_FindsNobody(string text)
    {
        Assert.Empty(await Dir.SearchAsync(text, None));
    }

    [Fact]
    public async Task WithRoleAsync_OhPhysician_IncludesExternalPhysician()
    {
        var physicians = await Dir.WithRoleAsync("oh-physician", None);

        Assert.Equal(MarkkuEmail, Assert.Single(physicians).Email);
    }

    [Fact]
    public async Task WithRoleAsync_Hr_ReturnsEveryoneWithTheRoleOnly()
    {
        var hr = await Dir.WithRoleAsync("hr", None);

        Assert.Equal(["katja-rantanen", "sanna-lehtinen"], hr.Select(p => p.Id).Order());
    }

    [Fact]
    public async Task SupervisorsOfAsync_SupervisedEmployee_ReturnsSupervisor()
    {
        var supervisors = await Dir.SupervisorsOfAsync(Elin, None);

        Assert.Equal(Timo, Assert.Single(supervisors).AadObjectId);
    }

    [Theory]
    [InlineData("employee")]
    [InlineData("supervisor")]
    [InlineData("oh-nurse")]
    [InlineData("shop-steward")]
    [InlineData("no-such-role")]
    public async Task WithRoleAsync_AnyRole_EveryoneWhoCanTakeItInDirectoryOrder(string role)
    {
        var found = await Dir.WithRoleAsync(role, None);

        Assert.Equal(Catalog.People.Where(p => p.CanTake(role)).Select(p => p.Id), found.Select(p => p.Id));
    }

    [Fact]
    public async Task SupervisorsOfAsync_EveryPerson_TheSupervisorsNamingThem()
    {
        foreach (var person in Catalog.People.Where(p => p.AadObjectId is not null))
        {
            var supervisors = await Dir.SupervisorsOfAsync(person.AadObjectId!, None);

            Assert.Equal(Catalog.People.Where(p => p.SupervisorOf.Contains(person.Id)).Select(p => p.Id), supervisors.Select(p => p.Id));
        }
    }

    [Fact]
    public async Task SupervisorsOfAsync_UnknownPerson_ReturnsEmpty()
    {
        Assert.Empty(await Dir.SupervisorsOfAsync("user-id-99", None));
    }
}
