using System.Text.RegularExpressions;

namespace TyokykyBot.Tests.AppPackage;

public class ManifestSchemaTests
{
    [Fact]
    public async Task Manifest_PlaceholdersFilled_ValidatesAgainstOfficialSchema()
    {
        var schema = await TeamsSchemas.Manifest();

        var errors = schema.Validate(AppPackageFiles.FilledManifestText);

        Assert.True(errors.Count == 0, "manifest.json: " + string.Join("; ", errors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task Manifest_AsVersion122_ValidatesToo()
    {
        // The README's fallback if a tenant's upload refuses 1.30: nothing in the manifest is newer than 1.22.
        var manifest = AppPackageFiles.Parse(AppPackageFiles.FilledManifestText);
        manifest["manifestVersion"] = "1.22";
        manifest["$schema"] = "https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json";

        var errors = (await TeamsSchemas.Manifest("1.22")).Validate(manifest.ToJsonString());

        Assert.True(errors.Count == 0, "manifest.json as 1.22: " + string.Join("; ", errors.Select(e => e.ToString())));
    }

    [Fact]
    public async Task Manifest_PlaceholdersLeft_FailsTheSchema()
    {
        // Guards the check itself: an unfilled bot id is not a GUID, an unknown key is not allowed.
        var schema = await TeamsSchemas.Manifest();
        var broken = AppPackageFiles.Manifest;
        broken["bots"]![0]!["supportsFile"] = false;

        var report = string.Join("\n", schema.Validate(broken.ToJsonString()));

        Assert.Contains("PatternMismatch: #/bots[0].botId", report);
        Assert.Contains("NoAdditionalPropertiesAllowed: #/bots[0].supportsFile", report);
    }

    [Fact]
    public void Manifest_SchemaUrlAndVersion_AreTheChosenVersion()
    {
        var manifest = AppPackageFiles.Manifest;

        Assert.Equal(TeamsSchemas.ManifestVersion, (string?)manifest["manifestVersion"]);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{TeamsSchemas.ManifestVersion}/MicrosoftTeams.schema.json",
            (string?)manifest["$schema"]);
    }

    [Theory]
    [InlineData("sv.json")]
    [InlineData("en.json")]
    public async Task LocalizationFile_ValidatesAgainstOfficialSchema(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppPackageFiles.Folder, file));
        var schema = await TeamsSchemas.ForUrl((string)AppPackageFiles.Parse(text)["$schema"]!);
        Assert.Equal((await TeamsSchemas.Localization()).ToJson(), schema.ToJson());

        var errors = schema.Validate(text);

        Assert.True(errors.Count == 0, $"{file}: " + string.Join("; ", errors.Select(e => e.ToString())));
    }

    [Fact]
    public void Manifest_Localization_FinnishDefaultWithSwedishAndEnglishFiles()
    {
        var info = AppPackageFiles.Manifest["localizationInfo"]!;

        Assert.Equal("fi-fi", (string?)info["defaultLanguageTag"]);
        var files = info["additionalLanguages"]!.AsArray().Select(l => ((string)l!["languageTag"]!, (string)l["file"]!)).ToList();
        Assert.Equal([("sv", "sv.json"), ("en", "en.json")], files);
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(AppPackageFiles.Folder, f.Item2)), f.Item2));
    }

    [Fact]
    public void Manifest_Placeholders_AreOnlyTheBotIdAndDomain()
    {
        var placeholders = Regex.Matches(AppPackageFiles.ManifestText, @"\$\{\{[^}]*\}\}").Select(m => m.Value).Distinct().Order();

        Assert.Equal(["${{BOT_DOMAIN}}", "${{BOT_ID}}"], placeholders);
        Assert.Equal("${{BOT_ID}}", (string?)AppPackageFiles.Manifest["bots"]![0]!["botId"]);
        Assert.Equal(["${{BOT_DOMAIN}}"], AppPackageFiles.Manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Fact]
    public void Manifest_Bot_AllScopesNoFiles()
    {
        var bot = AppPackageFiles.Manifest["bots"]![0]!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
        Assert.False((bool)bot["supportsFiles"]!);
    }

    [Fact]
    public void Manifest_DeveloperUrls_AreHttpsWithoutPlaceholders()
    {
        var developer = AppPackageFiles.Manifest["developer"]!.AsObject();

        foreach (var key in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            var url = (string)developer[key]!;
            Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == "https", $"{key}: {url}");
            Assert.DoesNotContain("{", url);
        }
    }
}
