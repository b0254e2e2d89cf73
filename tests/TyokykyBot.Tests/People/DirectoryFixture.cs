using TyokykyBot.People;
using TyokykyBot.Seeds;
using TyokykyBot.Tests.Seeds;

namespace TyokykyBot.Tests.People;

/// <summary>The real demo directory; user-id-0 … user-id-4 are the Playground's users.</summary>
internal static class DirectoryFixture
{
    public static readonly SeedCatalog Catalog = SeedLoader.Load(SeedTestFolder.RealFolder);
    public static readonly IPeopleDirectory Dir = new SeedPeopleDirectory(Catalog);

    public const string Aino = "user-id-0";
    public const string Mikko = "user-id-1";
    public const string Sanna = "user-id-2";
    public const string Johanna = "user-id-3";
    public const string Elin = "user-id-4";
    public const string Timo = "a3f1c2d4-0b5e-4c7a-9e21-5d8b6f0a1c11";
    public const string Jenni = "c9a4e6b2-1d7f-4a3c-8b5e-6e0d2f4a7b33";
    public const string Pekka = "2c5a9e3b-6d4f-4f8c-9b3e-8f0d3e7c4b99";
    public const string MarkkuEmail = "markku.turunen@terveyspalvelu.example";

    public static DirectoryPerson Person(string aadObjectId) => Catalog.FindPersonByAadObjectId(aadObjectId)!;
}
