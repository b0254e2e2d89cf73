using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Tests.Graph;
using TyokykyBot.Tests.Meetings.Calendar;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>
/// The whole path with the Graph calendar against a fake Graph: one event, shaped as a private
/// Teams meeting with a neutral title, and no topic, topic name or free text in any Graph request.
/// </summary>
public sealed class GraphCalendarFlowTests(GraphTyokykyApp app) : IClassFixture<GraphTyokykyApp>
{
    private const string Canary = "kanarialintu-graph-41c9";
    private readonly CaseFlowDriver driver = new(app);
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task ConsentChangeWithdraw_GraphCalendar_OneNeutralPrivateEventNoConsentContentInGraph()
    {
        await driver.InstallAsync(TestUser.Mikko);
        await driver.InstallAsync(TestUser.Johanna);
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(startInDays: 2))));
        var consent = CaseFlowDriver.ConsentData(caseId, "health-affecting-work", "sickness-absences", "substance-use");
        consent["note"] = Canary;
        consent["shareTopics"] = "true";

        await driver.ClickAsync(TestUser.Mikko, "consent.give", consent);
        await WaitForAsync(() => app.Graph.Requests.Any(r => r.Route == GraphRoute.CreateEvent && r.Body?.Contains("transactionId") == true), "the event");
        var code = await CodeOfAsync(caseId);

        var created = Assert.Single(app.Graph.Requests, r => r.Route == GraphRoute.CreateEvent && r.Body?.Contains("transactionId") == true).Json;
        Assert.Equal($"Neuvottelu {code}", (string?)created["subject"]);
        Assert.True((bool?)created["isOnlineMeeting"]);
        Assert.Equal("teamsForBusiness", (string?)created["onlineMeetingProvider"]);
        Assert.Equal("private", (string?)created["sensitivity"]);
        Assert.Equal($"{caseId:N}-r1", (string?)created["transactionId"]);
        Assert.Contains(created["attendees"]!.AsArray(), a => (string?)a!["emailAddress"]!["address"] == "johanna.heikkinen@contoso.example");

        // A change and a withdrawal reach Graph as an update and a cancellation.
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        await driver.ClickAsync(TestUser.Mikko, "consent.withdraw", CaseFlowDriver.CaseData(caseId));
        await WaitForAsync(() => app.Graph.Requests.Any(r => r.Route == GraphRoute.CancelEvent), "the cancellation");

        Assert.Single(app.Graph.Requests, r => r.Route == GraphRoute.CreateEvent && r.Body?.Contains("transactionId") == true);
        var everything = string.Join("\n", app.Graph.Requests.Select(r => Decode(r.Body) + r.Uri));
        Assert.DoesNotContain(Canary, everything);
        foreach (var word in TopicWords())
        {
            Assert.DoesNotContain(word, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task CreateEvent_GraphAnswers403_ConvenerToldWhatTheAdministratorMustDo()
    {
        await driver.InstallAsync(TestUser.Mikko);
        app.Graph.Enqueue(GraphRoute.GetSchedule, HttpStatusCode.Forbidden, json: FakeGraph.Error("ErrorAccessDenied", "Access is denied."));
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "aino-graph-card")));
        var code = await CodeOfAsync(caseId);

        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));

        var notice = await driver.WaitForAsync(r => r.Method == HttpMethod.Post && r.Card is null && r.Text.Contains(code)
            && r.Text.Contains("Calendars.ReadWrite"), "the notice to the convener");
        Assert.Contains(Texts.Get("Meeting.CalendarForbidden", UiLanguage.Finnish), notice.Text);
    }

    private static string Decode(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return "";
        }

        try
        {
            return WebUtility.HtmlDecode(JsonNode.Parse(body)!.ToJsonString(Readable));
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static IEnumerable<string> TopicWords()
    {
        var seeds = Path.Combine(AppContext.BaseDirectory, "seeds", "consent-topics.json");
        using var topics = JsonDocument.Parse(File.ReadAllText(seeds));
        foreach (var topic in topics.RootElement.GetProperty("items").EnumerateArray())
        {
            yield return topic.GetProperty("id").GetString()!;
            foreach (var label in topic.GetProperty("label").EnumerateObject())
            {
                yield return label.Value.GetString()!;
            }
        }
    }

    private async Task<string> CodeOfAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.Code).SingleAsync();
    }

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Graph never received {what}.");
            await Task.Delay(50);
        }
    }
}
