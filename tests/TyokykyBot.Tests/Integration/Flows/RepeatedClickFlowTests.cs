using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>
/// Double clicks, replays and concurrent clicks through HTTP, on each database provider: one effect
/// each, never a 5xx; a refused click leaves the stored case byte for byte as it was.
/// </summary>
public abstract class RepeatedClickFlowTests<TApp>(TApp app) where TApp : TyokykyApp
{
    private readonly CaseFlowDriver driver = new(app);

    [SkippableFact]
    public async Task Convene_SameCardTwiceAndTwoConcurrentSubmits_OneCaseEachAndOneConsentCard()
    {
        await driver.InstallAsync(TestUser.Mikko);
        var before = await CaseRow.CountAsync(app);

        var first = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "double-card")));
        var again = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "double-card")));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "concurrent-card")));

        Assert.Equal(first, again);
        Assert.Single(concurrent.Select(a => CardJson.CaseIdIn(CardJson.CardOf(a))).Distinct());
        Assert.Equal(before + 2, await CaseRow.CountAsync(app));
        var code = (await CaseRow.ReadAsync(app, first)).Code;
        await driver.WaitForAsync(r => r.Body.Contains(code) && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Mikko.PersonalConversationId)), "the consent card");
        await Task.Delay(500);
        // Its consent card, once; another case's consent card may name it to the employee, which is fine.
        Assert.Single(driver.Connector.Requests, r => r.Method == HttpMethod.Post && r.Body.Contains(code) && r.Body.Contains(first.ToString()));
    }

    [SkippableFact]
    public async Task TwoCases_SameConvener_EachStatusCardStaysItsOwnMessage()
    {
        await driver.InstallAsync(TestUser.Mikko);
        var jenni = new TestUser("c9a4e6b2-1d7f-4a3c-8b5e-6e0d2f4a7b33", "Jenni Mäkinen");
        await driver.InstallAsync(jenni);
        var forMikko = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "two-cases-mikko")));
        var forJenni = CardJson.CaseIdIn(CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "convene.submit",
            CaseFlowDriver.ConveneData(employeeText: "Jenni Mäkinen"), "two-cases-jenni")));
        Assert.NotEqual(forMikko, forJenni);
        var mikkosCode = (await CaseRow.ReadAsync(app, forMikko)).Code;
        var jennisCode = (await CaseRow.ReadAsync(app, forJenni)).Code;

        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(forMikko, "working-time"));
        await driver.ClickAsync(jenni, "consent.decline", CaseFlowDriver.CaseData(forJenni));
        await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/two-cases-mikko", StringComparison.Ordinal), "Mikko's case's card");
        await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/two-cases-jenni", StringComparison.Ordinal), "Jenni's case's card");

        Assert.All(driver.Connector.Requests.Where(r => r.Uri.AbsolutePath.EndsWith("/activities/two-cases-mikko", StringComparison.Ordinal)),
            r => Assert.DoesNotContain(jennisCode, r.Body));
        Assert.All(driver.Connector.Requests.Where(r => r.Uri.AbsolutePath.EndsWith("/activities/two-cases-jenni", StringComparison.Ordinal)),
            r => Assert.DoesNotContain(mikkosCode, r.Body));
    }

    [SkippableFact]
    public async Task ConveneAgain_EmployeeHasAnOpenCase_CoveredConvenerSeesItOthersConveneAndTheEmployeeIsTold()
    {
        await driver.InstallAsync(TestUser.Mikko);
        var open = await ConveneAsync();
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(open, "working-time"));
        var openCode = (await CaseRow.ReadAsync(app, open)).Code;
        var before = await CaseRow.CountAsync(app);

        // The supervisor, whom the open case's consent covers, is shown that case.
        var again = CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "convene.submit", CaseFlowDriver.ConveneData()));
        Assert.Equal(open, CardJson.CaseIdIn(again));
        Assert.Equal(before, await CaseRow.CountAsync(app));

        // HR, not on that case, convenes a new one and hears nothing of the other.
        var hr = CaseFlowDriver.ConveneData();
        hr["convenerRole"] = "hr";
        var second = CardJson.CardOf(await driver.ClickAsync(TestUser.Sanna, "convene.submit", hr));
        var secondId = CardJson.CaseIdIn(second);
        Assert.NotEqual(open, secondId);
        Assert.DoesNotContain(openCode, second.ToJsonString());

        // The employee's consent card for the new case names the open one, so the employee decides.
        var secondCode = (await CaseRow.ReadAsync(app, secondId)).Code;
        var consentCard = await driver.WaitForAsync(r => r.Method == HttpMethod.Post && r.Body.Contains(secondCode)
            && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Mikko.PersonalConversationId)), "the second consent card");
        Assert.Contains(openCode, consentCard.Text);
        Assert.DoesNotContain(driver.Connector.Requests, r => r.Body.Contains(openCode) && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Sanna.PersonalConversationId)));
    }

    [SkippableFact]
    public async Task Consent_DoubleAndConcurrentGives_OneVersion()
    {
        await driver.InstallAsync(TestUser.Mikko);
        var caseId = await ConveneAsync();
        var consent = CaseFlowDriver.ConsentData(caseId, "working-time");

        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => driver.ClickAsync(TestUser.Mikko, "consent.give", consent.DeepClone().AsObject())));
        await driver.ClickAsync(TestUser.Mikko, "consent.give", consent);

        Assert.All(answers, a => Assert.Contains("consent.withdraw", CardJson.CardOf(a).ToJsonString()));
        Assert.Equal(1, (await CaseRow.ReadAsync(app, caseId)).ConsentRecorded);
    }

    [SkippableFact]
    public async Task Reschedule_DoubleClickOnOneCard_OneNewRevision()
    {
        await driver.InstallAsync(TestUser.Mikko);
        var caseId = await ConveneAsync();
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");
        var status = CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "status.refresh", CaseFlowDriver.CaseData(caseId)));
        var moved = CardJson.ActionWithVerb(status, "meeting.reschedule")["data"]!.DeepClone().AsObject();
        moved["windowStart"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");
        moved["windowEnd"] = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd");

        await Task.WhenAll(driver.ClickAsync(TestUser.Aino, "meeting.reschedule", moved.DeepClone().AsObject()),
            driver.ClickAsync(TestUser.Aino, "meeting.reschedule", moved.DeepClone().AsObject()));
        await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");
        await driver.ClickAsync(TestUser.Aino, "meeting.reschedule", moved);

        Assert.Single(await AuditAsync(caseId), a => a == "MeetingRescheduleRequested");
    }

    [SkippableTheory]
    [InlineData("stranger", "consent.give")]
    [InlineData("oh", "consent.withdraw")]
    [InlineData("oh", "meeting.cancel")]
    [InlineData("hr", "meeting.reschedule")]
    [InlineData("employee", "meeting.roles")]
    public async Task RefusedClick_StoredCaseByteIdenticalOnlyTheAuditEntryAdded(string who, string verb)
    {
        await driver.InstallAsync(TestUser.Mikko);
        var caseId = await ConveneAsync();
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");
        await Task.Delay(300);
        var before = await CaseRow.ReadAsync(app, caseId);
        var data = CaseFlowDriver.ConsentData(caseId, "working-time", "health-affecting-work");
        data["windowStart"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");
        data["windowEnd"] = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd");

        await driver.ClickAsync(Who(who), verb, data);

        var after = await CaseRow.ReadAsync(app, caseId);
        Assert.Equal((before.Data, before.Version, before.State), (after.Data, after.Version, after.State));
        Assert.Equal(before.AuditCount + 1, after.AuditCount);
    }

    [SkippableFact]
    public async Task ConveneSubmit_FromAChannel_NeutralThereAndNothingEverReachesTheChannelAfterwards()
    {
        await driver.InstallAsync(TestUser.Mikko);
        await driver.InstallAsync(TestUser.Aino);
        await driver.CloseOpenCasesAsync();
        var answer = CardJson.CardOf(await driver.ClickInChannelAsync(TestUser.Aino, "convene.submit", CaseFlowDriver.ConveneData(), "channel-card"));
        Assert.Equal(Texts.Get("Convene.ChannelNeutral", UiLanguage.Finnish), CardJson.Title(answer));
        var caseId = await CaseOfTheConsentCardAsync();
        var code = (await CaseRow.ReadAsync(app, caseId)).Code;

        // The convener's status card goes to their private chat instead.
        await driver.WaitForAsync(r => r.Method == HttpMethod.Post && r.Body.Contains(code)
            && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Aino.PersonalConversationId)), "the convener's private status card");
        var refused = CardJson.CardOf(await driver.ClickInChannelAsync(TestUser.Aino, "status.refresh", CaseFlowDriver.CaseData(caseId), "channel-card"));
        Assert.DoesNotContain(code, refused.ToJsonString());
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");
        await Task.Delay(500);

        var channel = Uri.EscapeDataString(CaseFlowDriver.ChannelConversationId);
        Assert.DoesNotContain(driver.Connector.Requests, r => r.Uri.AbsolutePath.Contains(channel) || r.Body.Contains(CaseFlowDriver.ChannelConversationId));
    }

    [SkippableFact]
    public async Task PreInformation_AfterAMoveAndAWithdrawal_UpdatedInPlaceAndNoLinkLeft()
    {
        await driver.InstallAsync(TestUser.Mikko);
        await driver.InstallAsync(TestUser.Johanna);
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(startInDays: 1))));
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");
        var johanna = await PreInformationCardAsync(caseId, TestUser.Johanna);
        var mikko = await PreInformationCardAsync(caseId, TestUser.Mikko);

        var status = CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "status.refresh", CaseFlowDriver.CaseData(caseId)));
        var moved = CardJson.ActionWithVerb(status, "meeting.reschedule")["data"]!.DeepClone().AsObject();
        var later = DateTime.UtcNow.AddDays(30);
        moved["windowStart"] = later.ToString("yyyy-MM-dd");
        moved["windowEnd"] = later.AddDays(10).ToString("yyyy-MM-dd");
        await driver.ClickAsync(TestUser.Aino, "meeting.reschedule", moved);

        foreach (var card in new[] { johanna, mikko })
        {
            await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/" + card, StringComparison.Ordinal)
                && ShowsADayFrom(r.Text, later), "the pre-information moved in place");
        }

        await driver.ClickAsync(TestUser.Mikko, "consent.withdraw", CaseFlowDriver.CaseData(caseId));
        var gone = Texts.Get("PreInfo.NoLongerCurrent", UiLanguage.Finnish);
        foreach (var card in new[] { johanna, mikko })
        {
            var last = await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/" + card, StringComparison.Ordinal)
                && r.Text.Contains(gone), "the pre-information withdrawn in place");
            Assert.DoesNotContain("Action.OpenUrl", last.Text);
        }
    }

    private static bool ShowsADayFrom(string text, DateTime from) =>
        Enumerable.Range(0, 20).Select(d => from.AddDays(d).ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture)).Any(day => text.Contains(day + " "));

    private Task<string> PreInformationCardAsync(Guid caseId, TestUser reader) =>
        Eventually.FoundAsync(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var key = scope.ServiceProvider.GetRequiredService<PersonPseudonyms>().Of(reader.AadObjectId);
            return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().CaseCards.AsNoTracking()
                .Where(c => c.CaseId == caseId && c.Purpose == "PreInformation" && c.RecipientKey == key)
                .Select(c => c.ActivityId).FirstOrDefaultAsync();
        }, $"pre-information for {reader.Name}");

    private async Task<Guid> CaseOfTheConsentCardAsync()
    {
        var caseId = await Eventually.MatchesAsync(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var employee = scope.ServiceProvider.GetRequiredService<PersonPseudonyms>().Of(TestUser.Mikko.AadObjectId);
            return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Outbox.AsNoTracking()
                .Where(o => o.Kind == "consent.deliver" && o.Target == employee).OrderByDescending(o => o.CreatedAt)
                .Select(o => o.CaseId).FirstOrDefaultAsync();
        }, id => id is not null, "a convened case's consent card");
        return caseId!.Value;
    }

    private async Task<Guid> ConveneAsync() =>
        CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData())));

    private async Task<List<string>> AuditAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.CaseId == caseId).Select(a => a.Action).ToListAsync();
    }

    private static TestUser Who(string who) => who switch
    {
        "employee" => TestUser.Mikko,
        "oh" => TestUser.Johanna,
        "hr" => TestUser.Sanna,
        _ => TestUser.Timo,
    };
}
