using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Integration;

/// <summary>Activities shaped like what Teams sends (Fixtures/*.json), addressed to the test bot.</summary>
public static class ActivityFixtures
{
    public static JsonObject Load(string name, string text = "", string locale = "en-US")
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Integration", "Fixtures", name + ".json");
        var json = File.ReadAllText(path)
            .Replace("{{text}}", text)
            .Replace("{{locale}}", locale)
            .Replace("{{appId}}", TyokykyApp.AppId)
            .Replace("{{tenantId}}", TyokykyApp.TenantId)
            .Replace("{{serviceUrl}}", TyokykyApp.ServiceUrl);
        return JsonNode.Parse(json)!.AsObject();
    }

    public static JsonObject PersonalMessage(string text, string locale = "en-US") => Load("personal-message", text, locale);

    public static JsonObject ChannelMessage(string text) => Load("channel-message", text);

    /// <summary>Gives the activity's sender and personal conversation fresh ids, so tests sharing one app do not meet.</summary>
    public static JsonObject AsNewUser(this JsonObject activity, out string aadObjectId)
    {
        aadObjectId = Guid.NewGuid().ToString();
        var suffix = aadObjectId[..8];
        activity["from"]!["id"] = "29:user-" + suffix;
        activity["from"]!["aadObjectId"] = aadObjectId;
        activity["conversation"]!["id"] = "a:conversation-" + suffix;
        return activity;
    }

    public static string ConversationId(this JsonObject activity) => (string)activity["conversation"]!["id"]!;
}
