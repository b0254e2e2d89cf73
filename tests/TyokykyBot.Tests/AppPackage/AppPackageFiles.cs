using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.AppPackage;

/// <summary>The files under appPackage/, with the placeholders that script/package fills.</summary>
internal static class AppPackageFiles
{
    public const string SampleBotId = "0f4b6c2e-8d1a-4e7b-9c3f-5a2d8e6b1c90";
    public const string SampleDomain = "tyokyky-bot.azurewebsites.net";

    public static string Folder => RepoFiles.Path("appPackage");

    public static string ManifestText => File.ReadAllText(System.IO.Path.Combine(Folder, "manifest.json"));

    public static JsonObject Manifest => Parse(ManifestText);

    /// <summary>The manifest as script/package writes it.</summary>
    public static string FilledManifestText => Fill(ManifestText);

    public static string Fill(string manifest) =>
        manifest.Replace("${{BOT_ID}}", SampleBotId).Replace("${{BOT_DOMAIN}}", SampleDomain);

    public static JsonObject Localization(string file) => Parse(File.ReadAllText(System.IO.Path.Combine(Folder, file)));

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
