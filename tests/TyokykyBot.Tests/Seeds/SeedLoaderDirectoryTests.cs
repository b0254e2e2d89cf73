using System.Text.Json.Nodes;
using TyokykyBot.Seeds;

namespace TyokykyBot.Tests.Seeds;

public sealed class SeedLoaderDirectoryTests : IDisposable
{
    private const string File = SeedFileNames.DemoDirectory;
    private readonly SeedTestFolder _seeds = new();

    [Fact]
    public void Load_FewerThanTwelvePeople_IsRejected()
    {
        _seeds.Edit(File, root =>
        {
            var items = SeedTestFolder.Items(root);
            // Keep the supervisors' people so that only the count rule can fail.
            var kept = items.Take(11).Select(p => p!.DeepClone()).ToList();
            items.Clear();
            kept.ForEach(p => { p!["supervisorOf"] = new JsonArray(); items.Add(p); });
        });

        Assert.Contains("seeds/demo-directory.json: has 11 people; at least 12 are needed", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_SupervisorOfUnknownPerson_NamesBoth()
    {
        _seeds.EditItem(File, "timo-laine", p => p["supervisorOf"]!.AsArray().Add("nobody-here"));

        Assert.Contains(
            "seeds/demo-directory.json: person 'timo-laine' is supervisorOf 'nobody-here', which is not another person",
            _seeds.LoadFailure());
    }

    [Fact]
    public void Load_PersonWithUnknownRole_NamesRole()
    {
        _seeds.EditItem(File, "mikko-korhonen", p => p["roles"]!.AsArray().Add("ceo"));

        Assert.Contains(
            "seeds/demo-directory.json: person 'mikko-korhonen' has role 'ceo', which roles.json does not define",
            _seeds.LoadFailure());
    }

    [Fact]
    public void Load_SupervisorWithoutSupervisorRole_IsRejected()
    {
        _seeds.EditItem(File, "timo-laine", p => p["roles"] = new JsonArray("employee"));

        Assert.Contains(
            "seeds/demo-directory.json: person 'timo-laine' supervises people but lacks the role 'supervisor'",
            _seeds.LoadFailure());
    }

    [Fact]
    public void Load_ExternalPersonWithAadObjectId_IsRejected()
    {
        _seeds.EditItem(File, "markku-turunen", p => p["aadObjectId"] = "guest-123");

        Assert.Contains(
            "seeds/demo-directory.json: person 'markku-turunen' is external but has an aadObjectId", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_ExternalPersonWithoutEmail_IsRejected()
    {
        _seeds.EditItem(File, "markku-turunen", p => p.Remove("email"));

        Assert.Contains(
            "seeds/demo-directory.json: person 'markku-turunen' has no valid e-mail address", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_InternalPersonWithoutAadObjectId_IsRejected()
    {
        _seeds.EditItem(File, "laura-koskinen", p => p.Remove("aadObjectId"));

        Assert.Contains(
            "seeds/demo-directory.json: person 'laura-koskinen' is not external, so it needs an aadObjectId",
            _seeds.LoadFailure());
    }

    [Fact]
    public void Load_DuplicateAadObjectId_NamesIt()
    {
        _seeds.EditItem(File, "laura-koskinen", p => p["aadObjectId"] = "user-id-1");

        Assert.Contains(
            "seeds/demo-directory.json: aadObjectId 'user-id-1' belongs to more than one person", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_DuplicateEmailInOtherCase_NamesIt()
    {
        _seeds.EditItem(File, "laura-koskinen", p => p["email"] = "Ville.Heinonen@contoso.example");

        Assert.Contains("belongs to more than one person", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_UnsupportedDefaultLanguage_NamesIt()
    {
        _seeds.EditItem(File, "elin-holmstrom", p => p["defaultLanguage"] = "se");

        Assert.Contains(
            "seeds/demo-directory.json: person 'elin-holmstrom' has defaultLanguage 'se'", _seeds.LoadFailure());
    }

    public void Dispose() => _seeds.Dispose();
}
