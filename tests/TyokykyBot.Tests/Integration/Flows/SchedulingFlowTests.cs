using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>
/// After consent, through HTTP with the local calendar: the meeting is booked once, the convener's
/// card shows the time and the join link, pre-information reaches the internal attendees, and a
/// withdrawal cancels the event.
/// </summary>
public abstract class SchedulingFlowTests<TApp>(TApp app) where TApp : TyokykyApp
{
    private readonly CaseFlowDriver driver = new(app);

    [SkippableFact]
    public async Task Consent_ThenWithdraw_BooksOnceSendsPreInformationAndCancels()
    {
        await driver.InstallAsync(TestUser.Mikko);
        await driver.InstallAsync(TestUser.Johanna);
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(
            await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(startInDays: 1), "aino-schedule-card")));
        var consent = CaseFlowDriver.ConsentData(caseId, "working-time");
        consent["shareTopics"] = "true";

        await driver.ClickAsync(TestUser.Mikko, "consent.give", consent);
        await WaitForStateAsync(caseId, "Scheduled");

        var booked = await EventsAsync(caseId);
        var calendarEvent = Assert.Single(booked);
        Assert.False(calendarEvent.Cancelled);
        Assert.Equal($"{caseId:N}-r1", calendarEvent.TransactionId);
        Assert.True(calendarEvent.Start > DateTimeOffset.UtcNow);

        // The convener's card now carries the time and the join link, and still nothing of the consent.
        var update = await driver.WaitForAsync(r => r.Method == HttpMethod.Put
            && r.Uri.AbsolutePath.EndsWith("/activities/aino-schedule-card", StringComparison.Ordinal)
            && r.Body.Contains(calendarEvent.JoinUrl, StringComparison.Ordinal), "the convener's card with the join link");
        Assert.DoesNotContain("working-time", update.Text);
        Assert.DoesNotContain("Työaikajärjestelyt", update.Text);

        // The meeting is sooner than three working days: pre-information goes out at once, topics included (sharing allowed).
        var code = await CodeOfAsync(caseId);
        var title = string.Format(Texts.Get("PreInfo.Title", UiLanguage.Finnish), code);
        var preInformation = await driver.WaitForAsync(r => r.Method == HttpMethod.Post
            && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Johanna.PersonalConversationId))
            && r.CardTitle == title, "pre-information to the OH nurse");
        Assert.Contains("Työaikajärjestelyt", preInformation.Text);
        Assert.Contains("preinfo.confirmRemote", preInformation.Text);

        // The OH nurse confirms a private space; it is recorded.
        await driver.ClickAsync(TestUser.Johanna, "preinfo.confirmRemote", CaseFlowDriver.CaseData(caseId));
        Assert.Contains("RemoteConfirmed", await AuditAsync(caseId));

        // Withdrawal cancels the event, and nothing is booked twice.
        await driver.ClickAsync(TestUser.Mikko, "consent.withdraw", CaseFlowDriver.CaseData(caseId));
        await WaitForCancelledEventAsync(caseId);

        Assert.Single(await EventsAsync(caseId));
        // The case records the cancellation after the calendar has cancelled the event.
        await Eventually.MatchesAsync(() => AuditAsync(caseId), audit => audit.Contains("MeetingEventCancelled"),
            "the cancellation in the audit log", audit => string.Join(", ", audit));
    }

    [SkippableFact]
    public async Task ConvenerCancels_MeetingBooked_EventCancelledAndOthersCannot()
    {
        await driver.InstallAsync(TestUser.Mikko);
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(
            await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "aino-cancel-card")));
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        await WaitForStateAsync(caseId, "Scheduled");

        await driver.ClickAsync(TestUser.Johanna, "meeting.cancel", CaseFlowDriver.CaseData(caseId));
        await driver.ClickAsync(TestUser.Mikko, "meeting.cancel", CaseFlowDriver.CaseData(caseId));
        Assert.Equal("Scheduled", await StateAsync(caseId));

        await driver.ClickAsync(TestUser.Aino, "meeting.cancel", CaseFlowDriver.CaseData(caseId));

        await WaitForStateAsync(caseId, "Cancelled");
        await WaitForCancelledEventAsync(caseId);
    }

    [SkippableFact]
    public async Task ConvenerControls_RolesAndReschedule_OnlyTheConvenerAndTheEventMoves()
    {
        await driver.InstallAsync(TestUser.Mikko);
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(
            await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(), "aino-roles-card")));
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        await WaitForStateAsync(caseId, "Scheduled");
        var firstStart = (await EventsAsync(caseId)).Single().Start;
        var status = CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "status.refresh", CaseFlowDriver.CaseData(caseId))).ToJsonString();
        var people = System.Text.RegularExpressions.Regex.Matches(status, "\"value\":\"([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(people.Count >= 2, "the roles card offers the attendees");
        var roles = CaseFlowDriver.CaseData(caseId);
        roles["chair"] = people[0];
        roles["secretary"] = people[1];

        await driver.ClickAsync(TestUser.Mikko, "meeting.roles", roles.DeepClone().AsObject());
        await driver.ClickAsync(TestUser.Aino, "meeting.roles", roles);
        var moved = CaseFlowDriver.CaseData(caseId);
        moved["windowStart"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");
        moved["windowEnd"] = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd");
        await driver.ClickAsync(TestUser.Aino, "meeting.reschedule", moved);

        var audit = await AuditAsync(caseId);
        Assert.Single(audit, a => a == "MeetingRolesSet");
        Assert.Contains("MeetingRefused", audit);
        await Eventually.TrueAsync(
            async () => (await EventsAsync(caseId)).Single().Start != firstStart && await StateAsync(caseId) == "Scheduled", "the event to move");

        var calendarEvent = (await EventsAsync(caseId)).Single();
        Assert.True(calendarEvent.Start > DateTimeOffset.UtcNow.AddDays(29));
        Assert.False(calendarEvent.Cancelled);
    }

    private async Task<List<LocalCalendarEvent>> EventsAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var transaction = $"{caseId:N}-r";
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().LocalCalendarEvents.AsNoTracking()
            .Where(e => e.TransactionId.StartsWith(transaction)).ToListAsync();
    }

    private async Task<List<string>> AuditAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.CaseId == caseId).Select(a => a.Action).ToListAsync();
    }

    /// <summary>What the outbox did for the case, for a failure message (kinds and reason codes only).</summary>
    private async Task<string> OutboxAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Outbox.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync();
        return string.Join("; ", rows.Select(o => $"{o.Kind}={o.Outcome ?? "pending"}/{o.LastError}"));
    }

    private async Task<string> StateAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.State).SingleAsync();
    }

    private async Task<string> CodeOfAsync(Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.Code).SingleAsync();
    }

    private Task WaitForCancelledEventAsync(Guid caseId) =>
        Eventually.TrueAsync(async () => (await EventsAsync(caseId)).Single().Cancelled, "the event to be cancelled");

    private Task WaitForStateAsync(Guid caseId, string state) =>
        Eventually.MatchesAsync(async () => (State: await StateAsync(caseId), Outbox: await OutboxAsync(caseId)),
            seen => seen.State == state, $"the case to reach {state}", seen => $"{seen.State}; outbox {seen.Outbox}");
}
