using System.Globalization;
using System.Text.Json.Nodes;

namespace TyokykyBot.Bench.Load;

/// <summary>A person as Teams presents them to a bot in their personal chat.</summary>
internal sealed record BenchUser(string AadObjectId, string Name)
{
    public string Mri => "29:" + AadObjectId;

    public string PersonalConversationId => "a:personal-" + AadObjectId;
}

/// <summary>Teams activities as the channel posts them (a personal chat in msteams, Finnish client).</summary>
internal sealed class Activities(string serviceUrl, string tenantId, string appId)
{
    private long sequence;

    /// <summary>A chat message, the realistic ~650-byte activity the peers are also loaded with.</summary>
    public JsonObject Message(BenchUser user, string text) => Base(user, "message", text);

    /// <summary>The bot was added to the user's personal scope: the bot learns the chat.</summary>
    public JsonObject InstallationUpdate(BenchUser user)
    {
        var activity = Base(user, "installationUpdate", null);
        activity["action"] = "add";
        return activity;
    }

    /// <summary>An Action.Execute on a card the bot sent to the user's personal chat.</summary>
    public JsonObject Invoke(BenchUser user, string verb, JsonObject data)
    {
        var activity = Base(user, "invoke", null);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "bench-card-" + user.AadObjectId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private JsonObject Base(BenchUser user, string type, string? text)
    {
        var id = Interlocked.Increment(ref sequence);
        var now = DateTimeOffset.UtcNow;
        var activity = new JsonObject();
        if (text is not null)
        {
            activity["text"] = text;
            activity["textFormat"] = "plain";
        }

        activity["type"] = type;
        activity["timestamp"] = now.ToString("O", CultureInfo.InvariantCulture);
        activity["localTimestamp"] = now.ToOffset(TimeSpan.FromHours(2)).ToString("O", CultureInfo.InvariantCulture);
        activity["id"] = "1" + id.ToString("D12", CultureInfo.InvariantCulture);
        activity["channelId"] = "msteams";
        activity["serviceUrl"] = serviceUrl;
        activity["from"] = new JsonObject { ["id"] = user.Mri, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        activity["conversation"] = new JsonObject
        {
            ["conversationType"] = "personal",
            ["tenantId"] = tenantId,
            ["id"] = user.PersonalConversationId,
        };
        activity["recipient"] = new JsonObject { ["id"] = "28:" + appId, ["name"] = "TyökykyBot" };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["locale"] = "fi-FI",
            ["country"] = "FI",
            ["platform"] = "Web",
            ["timezone"] = "Europe/Helsinki",
            ["type"] = "clientInfo",
        });
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        activity["locale"] = "fi-FI";
        activity["localTimezone"] = "Europe/Helsinki";
        return activity;
    }
}
