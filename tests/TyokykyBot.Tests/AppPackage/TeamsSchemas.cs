using NJsonSchema;

namespace TyokykyBot.Tests.AppPackage;

/// <summary>
/// The official Teams manifest schemas, from npm <c>@microsoft/app-manifest</c> (root package.json), read
/// offline: the $schema URLs of our files are mapped to the package's copies.
/// </summary>
internal static class TeamsSchemas
{
    public const string ManifestVersion = "1.30";

    private static readonly string Folder = RepoFiles.Path("node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");

    public static Task<JsonSchema> Manifest(string version = ManifestVersion) => Load(version, "MicrosoftTeams.schema.json");

    public static Task<JsonSchema> Localization(string version = ManifestVersion) => Load(version, "MicrosoftTeams.Localization.schema.json");

    /// <summary>The package's copy of the schema a <c>$schema</c> URL names.</summary>
    public static Task<JsonSchema> ForUrl(string url)
    {
        var match = System.Text.RegularExpressions.Regex.Match(url,
            @"^https://developer\.microsoft\.com/json-schemas/teams/v(?<v>1\.\d+)/(?<file>MicrosoftTeams(\.Localization)?\.schema\.json)$");
        Assert.True(match.Success, $"'{url}' is not an official Teams schema URL.");
        return Load(match.Groups["v"].Value, match.Groups["file"].Value);
    }

    private static Task<JsonSchema> Load(string version, string file)
    {
        var path = System.IO.Path.Combine(Folder, $"v{version}", file);
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing. The Teams schemas come from npm @microsoft/app-manifest (package.json): run `npm ci` in {RepoFiles.Root}.");
        }

        return JsonSchema.FromFileAsync(path);
    }
}
