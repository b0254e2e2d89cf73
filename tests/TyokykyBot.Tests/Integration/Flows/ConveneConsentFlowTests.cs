using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>
/// The whole path through HTTP, on each database provider: `/neuvottelu` → convene card → submit →
/// the consent card lands in the employee's chat → consent → the others' status cards are updated;
/// then change and withdraw.
/// </summary>
public abstract class ConveneConsentFlowTests<TApp>(TApp app) where TApp : TyokykyApp
{
    private readonly CaseFlowDriver driver = new(app);

    [SkippableFact]
    public async Task Neuvottelu_InPersonalChat_RepliesWithConveneCard()
    {
        await driver.SayAsync(TestUser.Aino, "/neuvottelu");

        var sent = await driver.WaitForAsync(r => r.Method == HttpMethod.Post && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Aino.PersonalConversationId))
            && r.CardTitle == "Kutsu koolle työkykyneuvottelu", "the convene card");
        var inputs = CardJson.InputIds(sent.Card!);
        Assert.Contains("employee", inputs);
        Assert.Contains("employeeText", inputs);
        Assert.Contains("windowStart", inputs);
        Assert.Contains("length", inputs);
    }

    [SkippableFact]
    public async Task Convene_InvalidInput_ComesBackOnTheSameCardWithErrorBesideTheField()
    {
        var data = CaseFlowDriver.ConveneData(employeeText: "Ei Ketään Tällaista");
        var casesBefore = await CountCasesAsync();

        var answer = await driver.ConveneAsync(TestUser.Aino, data);

        var card = CardJson.CardOf(answer);
        Assert.Contains("employeeText", CardJson.InputIds(card));
        Assert.Contains("\"error:", card.ToJsonString());
        Assert.Equal(casesBefore, await CountCasesAsync());
    }

    [SkippableFact]
    public async Task ConveneThenConsent_WholePath_DeliversCardsAndKeepsStatusCurrent()
    {
        await driver.InstallAsync(TestUser.Mikko);

        // The supervisor convenes: the answer replaces the convene card with a neutral status card.
        var convened = CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "aino-card"));
        var caseId = CardJson.CaseIdIn(convened);
        var code = await CodeOfAsync(caseId);
        Assert.Contains(code, CardJson.Title(convened));

        // The consent card reaches the employee's own chat, with no topic ticked.
        var consentCard = await driver.WaitForAsync(
            r => r.Method == HttpMethod.Post && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Mikko.PersonalConversationId)) && r.Body.Contains(code),
            "the consent card in the employee's chat");
        Assert.Contains(CardJson.InputIds(consentCard.Card!), id => id.StartsWith("topic:", StringComparison.Ordinal));
        Assert.DoesNotContain("\"value\":\"true\"", consentCard.Card!.ToJsonString());

        // Before the employee answers nobody but the convener hears of the case: nothing reaches the OH nurse.
        await Task.Delay(300);
        Assert.All(driver.Connector.Requests.Where(r => r.Body.Contains(code, StringComparison.Ordinal)),
            r => Assert.Contains(Uri.EscapeDataString(TestUser.Mikko.PersonalConversationId), r.Uri.AbsolutePath));

        // The employee consents; the card refreshes to the summary with change and withdraw.
        var summary = CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.give",
            CaseFlowDriver.ConsentData(caseId, "work-tasks-and-workload", "working-time")));
        Assert.Contains("consent.change", summary.ToJsonString());
        Assert.Contains("consent.withdraw", summary.ToJsonString());

        // Now the OH nurse, in the core group the consent covers, gets a status card in a chat the bot opens with her.
        await driver.WaitForAsync(r => r.Uri.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            && r.Body.Contains(TestUser.Johanna.AadObjectId), "a conversation created for the OH nurse");

        // The convener's card is updated in place: consent given, and nothing of what was agreed.
        var update = await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/aino-card", StringComparison.Ordinal), "the convener's card updated");
        AssertNeutral(update, code);

        // Change: the form comes back prefilled; a new version is recorded.
        var form = CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.change", CaseFlowDriver.CaseData(caseId)));
        Assert.Contains("topic:working-time", CardJson.InputIds(form));
        CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time")));

        // Withdraw: the case is cancelled and the status cards say so.
        var closed = CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.withdraw", CaseFlowDriver.CaseData(caseId)));
        Assert.DoesNotContain("consent.change", closed.ToJsonString());
        await using var scope = app.Services.CreateAsyncScope();
        var record = await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        Assert.Equal("Cancelled", record.State);
        var audit = await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.CaseId == caseId).Select(a => a.Action).ToListAsync();
        Assert.Contains("ConsentRecorded", audit);
        Assert.Contains("ConsentWithdrawn", audit);
        await WaitForUpdatesAsync(caseId, expectedAtLeast: 3);
    }

    [SkippableFact]
    public async Task Consent_RemoteUnansweredAndUnknownTopic_FieldErrorsOnTheCardNothingRecorded()
    {
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "aino-invalid-consent-card")));
        var data = CaseFlowDriver.ConsentData(caseId, "working-time", "not-a-seed-topic");
        data.Remove("remote");

        var form = CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.give", data)).ToJsonString();

        Assert.Contains("\"error:remote\"", form);
        Assert.Contains("\"error:topics\"", form);
        Assert.Contains("consent.give", form);
        Assert.DoesNotContain("not-a-seed-topic", form);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
            Assert.Equal("AwaitingConsent", (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).State);
            Assert.DoesNotContain("ConsentRecorded", await db.AuditLog.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => a.Action).ToListAsync());
        }

        // Answered on the card: on site is a valid answer too.
        var onSite = CaseFlowDriver.ConsentData(caseId, "working-time");
        onSite["remote"] = "onSite";
        var summary = CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.give", onSite));
        Assert.Contains("consent.change", summary.ToJsonString());
    }

    [SkippableFact]
    public async Task Decline_EmployeeSaysNotNow_ConvenerHearsOnlyNoConsent()
    {
        await driver.InstallAsync(TestUser.Mikko);
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "aino-decline-card")));
        var code = await CodeOfAsync(caseId);

        var answer = CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.decline", CaseFlowDriver.CaseData(caseId)));

        Assert.DoesNotContain("consent.give", answer.ToJsonString());
        var update = await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/aino-decline-card", StringComparison.Ordinal), "the convener's card updated");
        AssertNeutral(update, code);
    }

    private static void AssertNeutral(RecordedRequest update, string code)
    {
        var body = update.Text;
        Assert.Contains(code, body);
        foreach (var word in new[] { "work-tasks", "working-time", "Työtehtävät", "Työaika", "topic:" })
        {
            Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<int> CountCasesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.CountAsync();
    }

    private async Task<string> CodeOfAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.Code).SingleAsync();
    }

    private async Task WaitForUpdatesAsync(Guid caseId, int expectedAtLeast)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        await Eventually.MatchesAsync(
            () => db.Outbox.AsNoTracking().CountAsync(o => o.CaseId == caseId && o.Kind == "status.update" && o.Outcome == "Sent"),
            sent => sent >= expectedAtLeast, $"{expectedAtLeast} status updates sent", sent => $"{sent} sent");
    }
}
