using System.Text.Json.Nodes;
using TyokykyBot.Localization;
using TyokykyBot.Tests.Graph;
using TyokykyBot.Tests.Meetings.Calendar;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>
/// The consent boundary at its edges, through HTTP with the Graph calendar against a fake Graph:
/// who organises, who holds the controls, who sees the time and the link, and what an in-person
/// meeting books.
/// </summary>
public sealed class ConsentBoundaryFlowTests(GraphTyokykyApp app) : IClassFixture<GraphTyokykyApp>
{
    private readonly CaseFlowDriver driver = new(app);

    [Fact]
    public async Task HrConvener_EmployeeLeavesHrOut_SupervisorOrganisesAndHrGetsNoTimeLinkOrControls()
    {
        await driver.InstallAsync(TestUser.Mikko);
        await driver.InstallAsync(TestUser.Aino);
        var data = CaseFlowDriver.ConveneData();
        data["convenerRole"] = "hr";
        var convened = CardJson.CardOf(await driver.ConveneAsync(TestUser.Sanna, data, "sanna-hr-card"));
        var caseId = CardJson.CaseIdIn(convened);

        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        var booked = await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");

        // The event is in the supervisor's calendar, never the HR convener's.
        var created = Assert.Single(app.Graph.Requests, r => r.Route == GraphRoute.CreateEvent && r.Body!.Contains(caseId.ToString("N")));
        Assert.Contains("/users/" + TestUser.Aino.AadObjectId + "/", created.Uri.AbsolutePath);
        Assert.DoesNotContain(created.Json!["attendees"]!.AsArray(), a => ((string?)a!["emailAddress"]!["address"])!.StartsWith("sanna", StringComparison.Ordinal));

        // The supervisor gets the status card with the link and the controls, privately.
        await driver.WaitForAsync(r => r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Aino.PersonalConversationId))
            && r.Body.Contains(booked.Code) && r.Body.Contains("meeting.reschedule") && r.Body.Contains("meetup-join"), "the supervisor's controls");

        // HR's own card says only that the employee answered; so does every refresh.
        var hrCard = await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/sanna-hr-card", StringComparison.Ordinal)
            && r.Text.Contains(Texts.Get("Status.NotTakingPart", UiLanguage.Finnish)), "HR's card turned neutral");
        AssertNothingOfTheMeeting(hrCard.Text);
        var refreshed = CardJson.CardOf(await driver.ClickAsync(TestUser.Sanna, "status.refresh", CaseFlowDriver.CaseData(caseId))).ToJsonString();
        AssertNothingOfTheMeeting(refreshed);

        // HR's click on a control it was never shown is refused, and the stored case is byte for byte the same.
        var before = await CaseRow.ReadAsync(app, caseId);
        var refusedAnswer = CardJson.CardOf(await driver.ClickAsync(TestUser.Sanna, "meeting.cancel", CaseFlowDriver.CaseData(caseId))).ToJsonString();
        AssertNothingOfTheMeeting(refusedAnswer);
        Assert.Contains(booked.Code, refusedAnswer);
        var after = await CaseRow.ReadAsync(app, caseId);
        Assert.Equal((before.Data, before.Version, before.State), (after.Data, after.Version, after.State));
        Assert.Equal(before.AuditCount + 1, after.AuditCount);
    }

    [Fact]
    public async Task RemoteProposed_EmployeeWantsToMeetInPerson_NoOnlineMeetingNoLinkAndThePlaceIsCarried()
    {
        await driver.InstallAsync(TestUser.Mikko);
        await driver.InstallAsync(TestUser.Johanna);
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData(startInDays: 1), "aino-in-person-card")));
        var consent = CaseFlowDriver.ConsentData(caseId, "working-time");
        consent["remote"] = "onSite";

        await driver.ClickAsync(TestUser.Mikko, "consent.give", consent);
        var booked = await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");

        var created = Assert.Single(app.Graph.Requests, r => r.Route == GraphRoute.CreateEvent && r.Body!.Contains(caseId.ToString("N"))).Json!;
        Assert.False((bool?)created["isOnlineMeeting"]);
        Assert.Null(created["onlineMeetingProvider"]);

        // The organiser is asked for the place, and the invitation carries it.
        var card = await driver.WaitForAsync(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/aino-in-person-card", StringComparison.Ordinal)
            && r.Body.Contains("meeting.place"), "the place asked on the organiser's card");
        var place = CardJson.ActionWithVerb(card.Card!, "meeting.place")["data"]!.DeepClone().AsObject();
        place["place"] = "Neuvotteluhuone Kuusi, 2. krs";
        await driver.ClickAsync(TestUser.Aino, "meeting.place", place);
        await driver.WaitForAsync(_ => app.Graph.Requests.Any(r => r.Route == GraphRoute.UpdateEvent
            && (string?)r.Json!["location"]?["displayName"] == "Neuvotteluhuone Kuusi, 2. krs"), "the place in the invitation");

        // No card anywhere offers a join link for this case.
        await driver.WaitForAsync(r => r.Body.Contains(booked.Code) && r.Body.Contains("Neuvotteluhuone Kuusi"), "a card with the place");
        Assert.DoesNotContain(driver.Connector.Requests, r => r.Body.Contains(booked.Code) && r.Body.Contains("meetup-join"));
    }

    [Fact]
    public async Task ConsentChange_RemoteToInPerson_EventMadeAgainOfflineThenTheOldOneCancelled()
    {
        await driver.InstallAsync(TestUser.Mikko);
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData())));
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        await CaseRow.WaitForStateAsync(app, caseId, "Scheduled");
        var first = Assert.Single(app.Graph.Requests, r => r.Route == GraphRoute.CreateEvent && r.Body!.Contains(caseId.ToString("N"))).Json!;
        Assert.True((bool?)first["isOnlineMeeting"]);

        var inPerson = CaseFlowDriver.ConsentData(caseId, "working-time");
        inPerson["remote"] = "onSite";
        await driver.ClickAsync(TestUser.Mikko, "consent.give", inPerson);

        await driver.WaitForAsync(_ => app.Graph.Requests.Any(r => r.Route == GraphRoute.CancelEvent && r.Uri.AbsolutePath.Contains("/users/" + TestUser.Aino.AadObjectId + "/")
            && app.Graph.Requests.Count(c => c.Route == GraphRoute.CreateEvent && c.Body!.Contains(caseId.ToString("N"))) == 2), "the old event cancelled");
        var creates = app.Graph.Requests.Where(r => r.Route == GraphRoute.CreateEvent && r.Body!.Contains(caseId.ToString("N"))).ToList();
        Assert.Equal(2, creates.Count);
        Assert.False((bool?)creates[1].Json!["isOnlineMeeting"]);
        Assert.NotEqual((string?)first["transactionId"], (string?)creates[1].Json!["transactionId"]);
        var cancelled = app.Graph.Requests.FindLastIndex(r => r.Route == GraphRoute.CancelEvent);
        Assert.True(app.Graph.Requests.IndexOf(creates[1]) < cancelled, "the new event exists before the old one goes");
        var firstId = app.Graph.EventIdOf((string)first["transactionId"]!);
        Assert.EndsWith($"/events/{Uri.EscapeDataString(firstId)}/cancel", app.Graph.Requests[cancelled].Uri.AbsolutePath);
    }

    private static void AssertNothingOfTheMeeting(string card)
    {
        Assert.DoesNotContain("meetup-join", card);
        Assert.DoesNotContain("meeting.reschedule", card);
        Assert.DoesNotContain("meeting.cancel", card);
        Assert.DoesNotContain("Johanna", card);
        Assert.DoesNotContain("Mikko", card);
    }
}
