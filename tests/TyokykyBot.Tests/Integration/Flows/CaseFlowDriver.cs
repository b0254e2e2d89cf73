using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>Plays the people of a case against the bot: messages, card clicks, and waiting for the outbox.</summary>
public sealed class CaseFlowDriver(TyokykyApp app)
{
    private readonly BotClient bot = new(app);

    public RecordingConnector Connector => app.Connector;

    /// <summary>The person opens the bot (Teams sends installationUpdate), so their private chat is known.</summary>
    public Task InstallAsync(TestUser user) => bot.PostAsync(From(user, ActivityFixtures.Load("installation-update")));

    public Task<HttpResponseMessage> SayAsync(TestUser user, string text) =>
        bot.PostAsync(From(user, ActivityFixtures.PersonalMessage(text)));

    /// <summary>A channel message with the bot's @mention, from <paramref name="user"/>.</summary>
    public Task<HttpResponseMessage> SayInChannelAsync(TestUser user, string text)
    {
        var activity = ActivityFixtures.ChannelMessage(text);
        activity["from"] = new JsonObject { ["id"] = user.Mri, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        return bot.PostAsync(activity);
    }

    /// <summary>
    /// An Action.Execute on a card in the user's private chat; returns the invoke's HTTP answer. Without
    /// <paramref name="cardActivityId"/> each click is on a card of its own, as each `/neuvottelu` gives one.
    /// </summary>
    public Task<JsonObject> ClickAsync(TestUser user, string verb, JsonObject data, string? cardActivityId = null) =>
        InvokeAsync(From(user, ActivityFixtures.PersonalMessage("")), verb, data, cardActivityId ?? "card-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// Submits a convene card for a case of its own. Tests share one app, and a case an earlier test
    /// left open would (rightly) be shown instead of a new one to a convener its consent covers, so
    /// the employees of those cases withdraw their consent first.
    /// </summary>
    public async Task<JsonObject> ConveneAsync(TestUser convener, JsonObject data, string? cardActivityId = null)
    {
        await CloseOpenCasesAsync();
        return await ClickAsync(convener, "convene.submit", data, cardActivityId);
    }

    public async Task CloseOpenCasesAsync()
    {
        List<(Guid Id, string Employee)> open;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var ids = await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.AsNoTracking()
                .Where(c => c.State == "Scheduling" || c.State == "Scheduled").Select(c => c.Id).ToListAsync();
            var cases = scope.ServiceProvider.GetRequiredService<CaseRepository>();
            open = [];
            foreach (var id in ids)
                open.Add((id, (await cases.FindAsync(id, default))!.Employee.Person.AadObjectId!));
        }

        foreach (var (id, employee) in open)
            await ClickAsync(new TestUser(employee, "Employee"), "consent.withdraw", CaseData(id));
    }

    /// <summary>An Action.Execute on a card in a team channel (as if the bot's card had been posted there).</summary>
    public Task<JsonObject> ClickInChannelAsync(TestUser user, string verb, JsonObject data, string cardActivityId)
    {
        var activity = ActivityFixtures.ChannelMessage("");
        activity["from"] = new JsonObject { ["id"] = user.Mri, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        return InvokeAsync(activity, verb, data, cardActivityId);
    }

    private async Task<JsonObject> InvokeAsync(JsonObject activity, string verb, JsonObject data, string cardActivityId)
    {
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = cardActivityId;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        var response = await bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    /// <summary>The channel conversation <see cref="ClickInChannelAsync"/> and <see cref="SayInChannelAsync"/> come from.</summary>
    public static string ChannelConversationId => ActivityFixtures.ChannelMessage("").ConversationId();

    /// <summary>Waits (real time, the dispatcher runs in the background) until the connector has seen a matching request.</summary>
    public Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, string what, TimeSpan? timeout = null) =>
        Eventually.FoundAsync(() => Connector.Requests.FirstOrDefault(match), $"the connector to receive {what}", timeout);

    public static JsonObject ConveneData(string employeeText = "Mikko Korhonen", int startInDays = 7) => new()
    {
        ["convenerRole"] = "supervisor",
        ["employeeText"] = employeeText,
        ["oh"] = TestUser.Johanna.AadObjectId,
        ["kind"] = "first",
        ["windowStart"] = DateTime.UtcNow.AddDays(startInDays).ToString("yyyy-MM-dd"),
        ["windowEnd"] = DateTime.UtcNow.AddDays(startInDays + 14).ToString("yyyy-MM-dd"),
        ["length"] = "90",
        ["mode"] = "remote",
    };

    public static JsonObject ConsentData(Guid caseId, params string[] topics)
    {
        var data = new JsonObject { ["caseId"] = caseId.ToString(), ["remote"] = "remote", ["note"] = "" };
        foreach (var topic in topics)
        {
            data["topic:" + topic] = "true";
        }

        return data;
    }

    public static JsonObject CaseData(Guid caseId) => new() { ["caseId"] = caseId.ToString() };

    private static JsonObject From(TestUser user, JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = user.Mri, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        activity["conversation"]!["id"] = user.PersonalConversationId;
        return activity;
    }
}
