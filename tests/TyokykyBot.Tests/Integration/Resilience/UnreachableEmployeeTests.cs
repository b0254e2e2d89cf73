using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Cases;
using TyokykyBot.Consent;
using TyokykyBot.Convening;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;
using TyokykyBot.Seeds;
using TyokykyBot.Tests.Integration.Flows;

namespace TyokykyBot.Tests.Integration.Resilience;

/// <summary>
/// When Teams says the employee cannot be reached, the consent card is not retried: the convener is
/// told plainly, in the chat where they convened, what to do; and told nothing of the case's content.
/// </summary>
public sealed class UnreachableEmployeeTests
{
    private const string BlockedBody = """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""";
    private const string NotFoundBody = """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""";

    private static string EmployeeChat => TestUser.Mikko.PersonalConversationId;

    private static string ConvenerChat => TestUser.Aino.PersonalConversationId;

    [Fact]
    public async Task ConsentCardDelivery_EmployeeBlockedTheBot_ConvenerToldWhatToDo()
    {
        await using var app = new ResilienceApp();
        var driver = new CaseFlowDriver(app);
        await driver.InstallAsync(TestUser.Mikko);
        app.Connector.FailNext(r => r.IsPostTo(EmployeeChat), HttpStatusCode.Forbidden, body: BlockedBody);

        var caseId = await ConveneAsync(driver);

        await AssertConvenerToldAsync(app, driver, caseId, "Convene.DeliveryBlocked", "Blocked");
    }

    [Fact]
    public async Task ConsentCardDelivery_EmployeeNotFound_ConvenerToldWhatToDo()
    {
        await using var app = new ResilienceApp();
        var driver = new CaseFlowDriver(app);
        await driver.InstallAsync(TestUser.Mikko);
        // The stored chat is gone, and Teams cannot open a new one with the person either.
        app.Connector.FailNext(r => r.IsPostTo(EmployeeChat), HttpStatusCode.NotFound, body: NotFoundBody);
        app.Connector.FailNext(IsConversationCreatedFor(TestUser.Mikko), HttpStatusCode.NotFound, body: NotFoundBody);

        var caseId = await ConveneAsync(driver);

        await AssertConvenerToldAsync(app, driver, caseId, "Convene.DeliveryNotFound", "NotFound");
    }

    /// <summary>
    /// The notice goes out after the employee has consented with topics and a note (they unblocked
    /// and answered meanwhile): the dispatcher is run pass by pass so that the order is certain.
    /// </summary>
    [Fact]
    public async Task ConvenerNotice_CaseHoldsConsentTopicsAndNote_NoHealthDetailInTheNotice()
    {
        const string note = "Selkäkipu on pahentunut ja lääkitystä on muutettu";
        await using var app = new ResilienceApp(settings: new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        var driver = new CaseFlowDriver(app);
        var dispatcher = app.Services.GetRequiredService<OutboxDispatcher>();
        await driver.InstallAsync(TestUser.Mikko);
        app.Connector.FailNext(r => r.IsPostTo(EmployeeChat), HttpStatusCode.Forbidden, body: BlockedBody);
        var caseId = await ConveneAsync(driver);
        await dispatcher.DispatchDueAsync(CancellationToken.None);
        Assert.Equal(OutboxOutcomes.Failed, (await CaseOutbox.RowAsync(app, caseId, ConsentMessageKinds.DeliverCard)).Outcome);

        var consent = CaseFlowDriver.ConsentData(caseId, "work-tasks-and-workload", "working-time");
        consent["note"] = note;
        var summary = CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.give", consent));
        Assert.Contains("consent.withdraw", summary.ToJsonString());
        await dispatcher.DispatchDueAsync(CancellationToken.None);

        var text = await AssertConvenerToldAsync(app, driver, caseId, "Convene.DeliveryBlocked", "Blocked");
        Assert.DoesNotContain(note, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("topic", text, StringComparison.OrdinalIgnoreCase);
        foreach (var topic in app.Services.GetRequiredService<SeedCatalog>().ConsentTopics)
        {
            Assert.DoesNotContain(topic.Id, text, StringComparison.OrdinalIgnoreCase);
            foreach (var label in new[] { topic.Label.Fi, topic.Label.Sv, topic.Label.En })
            {
                Assert.DoesNotContain(label, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static async Task<Guid> ConveneAsync(CaseFlowDriver driver) =>
        CardJson.CaseIdIn(CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "convene.submit", CaseFlowDriver.ConveneData(), "aino-card")));

    /// <summary>The consent card failed for good, and the convener got one plain text message: the code and what to do. Returns its text.</summary>
    private static async Task<string> AssertConvenerToldAsync(TyokykyApp app, CaseFlowDriver driver, Guid caseId, string textKey, string reason)
    {
        var code = await CaseOutbox.CodeAsync(app, caseId);
        var notice = await driver.WaitForAsync(r => r.IsPostTo(ConvenerChat) && r.Body.Contains(code) && r.Card is null, "the notice to the convener");

        var activity = notice.Json!.AsObject();
        Assert.Equal("message", (string?)activity["type"]);
        Assert.True(activity["attachments"] is null or JsonArray { Count: 0 }, "the notice is plain text, not a card");
        var text = (string)activity["text"]!;
        Assert.Contains(code, text);
        Assert.Contains(Texts.Get(textKey, UiLanguage.Finnish), text);
        Assert.Single(app.Connector.Requests, r => r.IsPostTo(ConvenerChat) && r.Body.Contains(code) && r.Card is null);
        Assert.DoesNotContain(app.Connector.Requests, r => r.IsPostTo(EmployeeChat) && r.Body.Contains(code) && r.Succeeded);

        var delivery = await CaseOutbox.FinishedAsync(app, caseId, ConsentMessageKinds.DeliverCard);
        Assert.Equal(OutboxOutcomes.Failed, delivery.Outcome);
        Assert.StartsWith(reason, delivery.LastError);
        Assert.Equal(1, delivery.Attempts);
        Assert.Equal(OutboxOutcomes.Sent, (await CaseOutbox.FinishedAsync(app, caseId, ConveneMessageKinds.Notify)).Outcome);
        return text;
    }

    private static Func<RecordedRequest, bool> IsConversationCreatedFor(TestUser user) => r =>
        r.Method == HttpMethod.Post && r.Uri.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal) && r.Body.Contains(user.AadObjectId);
}
