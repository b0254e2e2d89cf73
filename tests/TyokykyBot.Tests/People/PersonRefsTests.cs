using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using TyokykyBot.People;
using TyokykyBot.Seeds;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.People;

public class PersonRefsTests
{
    [Fact]
    public void From_TenantMember_IsInsiderWithEmail()
    {
        var person = PersonRefs.From(Person(Mikko));

        Assert.True(person.IsInsider);
        Assert.Equal((Mikko, "mikko.korhonen@contoso.example", "Mikko Korhonen"), (person.AadObjectId, person.Email, person.DisplayName));
    }

    [Fact]
    public void From_ExternalPerson_IsOutsiderByEmail()
    {
        var person = PersonRefs.From(Catalog.FindPersonByEmail(MarkkuEmail)!);

        Assert.False(person.IsInsider);
        Assert.Equal(MarkkuEmail, person.Email);
        Assert.True(person.IsWellFormed);
    }

    [Theory]
    [InlineData("Mikko Korhonen", "user-id-1")]
    [InlineData("mikko.korhonen@contoso.example", "user-id-1")]
    [InlineData("user-id-3", "user-id-3")]
    public async Task FindTypedAsync_NameAddressOrId_FindsPerson(string typed, string expected)
    {
        var person = await Dir.FindTypedAsync(typed, CancellationToken.None);

        Assert.Equal(expected, person?.AadObjectId);
    }

    [Fact]
    public async Task FindTypedAsync_NameMatchingSeveral_FindsNobody()
    {
        Assert.Null(await Dir.FindTypedAsync("Hei", CancellationToken.None));
    }

    [Fact]
    public void AddPeopleDirectory_SeedProvider_ResolvesSeedDirectory()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Directory:Provider"] = "Seed" }).Build());
        services.AddSingleton(Catalog);

        using var provider = services.AddPeopleDirectory().BuildServiceProvider();

        Assert.IsType<SeedPeopleDirectory>(provider.GetRequiredService<IPeopleDirectory>());
    }
}
