using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Localization;
using TyokykyBot.Tests.Graph;
using TyokykyBot.Tests.Meetings.Calendar;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>
/// The disclosure rule through HTTP, every person × every view: HR allowed in version 1 and removed in
/// version 2, a stranger, the employee, the supervisor who convened and organises, the OH nurse. A
/// canary sits in every sensitive field (the join link, the time, an attendee's name, the topics, the
/// employee's note); each view shows only what the rule allows.
/// </summary>
public sealed class DisclosureTableFlowTests(GraphTyokykyApp app) : IClassFixture<GraphTyokykyApp>
{
    private const string Note = "kanarialintu-viesti-55e1";
    private readonly CaseFlowDriver driver = new(app);

    public static TheoryData<string, bool, bool> People => new()
    {
        // who, sees the meeting (time, link, attendees, pre-information), knows the case
        { "employee", true, true },
        { "supervisor", true, true },
        { "oh", true, true },
        { "hr-removed", false, true },
        { "stranger", false, false },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task EveryView_OnePerson_OnlyWhatTheRuleAllows(string who, bool seesMeeting, bool knowsCase)
    {
        var (caseId, code) = await CaseWithHrRemovedAsync();
        var person = Who(who);

        // The status card as a refresh returns it.
        var refreshed = CardJson.CardOf(await driver.ClickAsync(person, "status.refresh", CaseFlowDriver.CaseData(caseId))).ToJsonString();
        Assert.Equal(knowsCase, refreshed.Contains(code, StringComparison.Ordinal));
        AssertMeeting(refreshed, seesMeeting);
        Assert.Equal(seesMeeting, refreshed.Contains("Johanna Heikkinen", StringComparison.Ordinal));
        Assert.DoesNotContain(Note, refreshed);

        // Every card delivered to this person, as the bot last updated it.
        foreach (var activityId in await DeliveredCardsAsync(caseId, person))
        {
            var latest = driver.Connector.Requests.LastOrDefault(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/" + activityId, StringComparison.Ordinal));
            if (latest is not null)
            {
                AssertMeeting(latest.Text, seesMeeting);
                if (!seesMeeting)
                    Assert.DoesNotContain(Note, latest.Text);
            }
        }

        // Pre-information: for those taking part, with the employee's note and without the topics (not shared).
        var preInformation = string.Format(Texts.Get("PreInfo.Title", UiLanguage.Finnish), code);
        if (seesMeeting)
        {
            var card = await driver.WaitForAsync(r => r.CardTitle == preInformation && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(person.PersonalConversationId)), "pre-information");
            AssertMeeting(card.Text, seesMeeting: true);
            Assert.Contains(Note, card.Text);
            // Topics not shared beforehand: only the employee's own pre-information names them.
            Assert.Equal(who == "employee", card.Text.Contains("Työaikajärjestelyt", StringComparison.Ordinal));
        }
        else if (!knowsCase)
        {
            Assert.DoesNotContain(driver.Connector.Requests, r => r.Body.Contains(code, StringComparison.Ordinal)
                && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(person.PersonalConversationId)));
        }

        // The calendar: organised by the supervisor, with exactly the people the latest consent covers.
        var patched = app.Graph.Requests.Last(r => r.Route is GraphRoute.UpdateEvent or GraphRoute.CreateEvent
            && r.Json?["subject"]?.ToString().EndsWith(code, StringComparison.Ordinal) == true);
        Assert.Contains("/users/" + TestUser.Aino.AadObjectId + "/", patched.Uri.AbsolutePath);
        var invited = patched.Json!["attendees"]!.AsArray().Select(a => (string)a!["emailAddress"]!["address"]!).ToList();
        Assert.Equal(seesMeeting && who != "stranger", invited.Any(a => a.StartsWith(person.Name.Split(' ')[0].ToLowerInvariant(), StringComparison.Ordinal)));
    }

    private async Task<(Guid CaseId, string Code)> CaseWithHrRemovedAsync()
    {
        foreach (var user in new[] { TestUser.Mikko, TestUser.Johanna, TestUser.Sanna, TestUser.Aino })
            await driver.InstallAsync(user);
        var data = CaseFlowDriver.ConveneData(startInDays: 1);
        data["others"] = TestUser.Sanna.AadObjectId;
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, data)));
        var attendeeKey = CardJson.InputIds(CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.refresh", CaseFlowDriver.CaseData(caseId))))
            .Single(id => id.StartsWith("attendee:", StringComparison.Ordinal));
        var v1 = CaseFlowDriver.ConsentData(caseId, "working-time");
        v1[attendeeKey] = "true";
        v1["note"] = Note;
        await driver.ClickAsync(TestUser.Mikko, "consent.give", v1);
        var row = await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");
        await driver.WaitForAsync(r => r.CardTitle == string.Format(Texts.Get("PreInfo.Title", UiLanguage.Finnish), row.Code)
            && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Sanna.PersonalConversationId)), "HR's pre-information while allowed");

        var v2 = CaseFlowDriver.ConsentData(caseId, "working-time");
        v2["note"] = Note;
        await driver.ClickAsync(TestUser.Mikko, "consent.give", v2);
        await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Sanna.PersonalConversationId))
            && r.Text.Contains(Texts.Get("PreInfo.NoLongerCurrent", UiLanguage.Finnish)), "HR's pre-information withdrawn");
        await driver.WaitForAsync(_ => app.Graph.Requests.Any(r => r.Route == GraphRoute.UpdateEvent && r.Json?["subject"]?.ToString().EndsWith(row.Code, StringComparison.Ordinal) == true
            && !r.Body!.Contains("sanna", StringComparison.OrdinalIgnoreCase)), "HR removed from the invitation");
        await Task.Delay(300);
        return (caseId, row.Code);
    }

    private async Task<List<string>> DeliveredCardsAsync(Guid caseId, TestUser person)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var key = scope.ServiceProvider.GetRequiredService<PersonPseudonyms>().Of(person.AadObjectId);
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().CaseCards.AsNoTracking()
            .Where(c => c.CaseId == caseId && c.RecipientKey == key && c.ActivityId != null)
            .Select(c => c.ActivityId!).ToListAsync();
    }

    /// <summary>The join link and the time stand for the meeting: both or neither.</summary>
    private static void AssertMeeting(string view, bool seesMeeting)
    {
        Assert.Equal(seesMeeting, view.Contains("meetup-join", StringComparison.Ordinal));
        Assert.Equal(seesMeeting, System.Text.RegularExpressions.Regex.IsMatch(view, @"\d{1,2}\.\d{1,2}\.20\d\d \d\d:\d\d"));
    }

    private static TestUser Who(string who) => who switch
    {
        "employee" => TestUser.Mikko,
        "supervisor" => TestUser.Aino,
        "oh" => TestUser.Johanna,
        "hr-removed" => TestUser.Sanna,
        _ => TestUser.Timo,
    };
}
