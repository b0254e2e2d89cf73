using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace TyokykyBot.E2E;

/// <summary>
/// End to end with the Local calendar, in three windows: the supervisor convenes with a window
/// starting tomorrow, the employee consents (one topic, topics may be shared, remote meeting), the
/// bot books the meeting in its own calendar and, the meeting being sooner than
/// <c>Meetings:PreInformationWorkingDays</c> (3) working days away, sends the pre-information at once.
/// </summary>
public sealed class ScheduleAndPreInformationFlowTests(BotAndThreeWindows apps) : IClassFixture<BotAndThreeWindows>
{
    /// <summary>Booking and pre-information go through the outbox: slower than a card answering a click.</summary>
    private static readonly TimeSpan OutboxTimeout = TimeSpan.FromSeconds(90);

    private static readonly TimeZoneInfo Helsinki = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Fact]
    public Task Consent_EventStoredLocally_PreInformationReachesOhNurse_SupervisorSeesTimeWithoutTopics() =>
        PlaygroundWindows.RunAsync(apps, async windows =>
    {
        var (supervisor, employee, oh) =
            (windows[Participant.Supervisor], windows[Participant.Employee], windows[Participant.OccupationalHealth]);
        await CaseSteps.WaitForWelcomesAsync(supervisor, employee, oh);

        // Tomorrow in Finland: the first free slot is at most two working days away (one working
        // day of notice), which is sooner than the three working days of pre-information.
        var tomorrow = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Helsinki).DateTime).AddDays(1);
        Assert.True(await CaseSteps.ConveneAsync(supervisor, tomorrow, tomorrow.AddDays(14)),
            $"The convene card did not offer {CaseSteps.OhNurse}: the pre-information needs an OH attendee who can sign in.");
        var topicId = await CaseSteps.ConsentAsync(employee, shareTopics: true, remote: true);
        var consentGiven = await CaseSteps.WaitForConsentGivenAsync(supervisor);
        var code = AppTexts.ArgumentOf("Status.Title", CardJson.TextBlocks(consentGiven.Json).First())
            ?? throw new InvalidOperationException("No case code in the status card's title: " + CardJson.Describe(consentGiven.Json));

        // (1) The event is in the bot's own calendar, not cancelled, with a (fake) join link.
        var booked = await WaitForEventAsync(apps.DatabasePath);
        Assert.False(booked.Cancelled, "the local calendar event is cancelled");
        // The organiser is kept only as a pseudonym: the transactionId beside it names the case.
        Assert.StartsWith("p1.", booked.Organizer, StringComparison.Ordinal);
        Assert.DoesNotContain(Participant.Supervisor.UserId, booked.Organizer, StringComparison.Ordinal);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/local-", booked.JoinUrl, StringComparison.Ordinal);
        Assert.True(booked.Start > DateTimeOffset.UtcNow, $"the meeting starts in the past: {booked.Start:O}");
        Assert.True(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(booked.Start, Helsinki).DateTime) >= tomorrow,
            $"the meeting starts before the window: {booked.Start:O}");
        var time = TimeZoneInfo.ConvertTime(booked.Start, Helsinki).ToString("d.M.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        // (2) The OH nurse gets the pre-information at once: the time, the agreed topic (sharing
        // was allowed) and, the meeting being remote, the private-space confirmation.
        var titles = AppTexts.Values("PreInfo.Title").Select(t => string.Format(t, code)).ToList();
        var preInfo = await oh.WaitForCardAsync(c => IsPreInformation(c, titles), "pre-information card", OutboxTimeout);
        var topic = AppTexts.TopicLabel(topicId, "fi");
        Assert.Contains(CardJson.TextBlocks(preInfo.Json), t => t.Contains(topic, StringComparison.Ordinal));
        Assert.Contains(CardJson.Facts(preInfo.Json), f => f.Value.StartsWith(time + "–", StringComparison.Ordinal));
        Assert.Contains(CardJson.Buttons(preInfo.Json), a => CardJson.Text(a, "url") == booked.JoinUrl);
        Assert.True(CardJson.HasAction(preInfo.Json, "preinfo.confirmRemote"), "no private-space button: " + CardJson.Describe(preInfo.Json));
        await Assertions.Expect(preInfo.Root).ToContainTextAsync(topic);
        await Assertions.Expect(preInfo.Root).ToContainTextAsync(time);
        await Assertions.Expect(preInfo.Button("preinfo.confirmRemote")).ToBeVisibleAsync();

        var confirmedTexts = AppTexts.Values("PreInfo.RemoteConfirmed");
        var cardsBefore = oh.Cards.Count;
        await preInfo.ActAsync("preinfo.confirmRemote");
        var confirmed = await oh.WaitForCardAsync(
            c => oh.Cards.Skip(cardsBefore).Contains(c) && CardJson.TextBlocks(c).Any(confirmedTexts.Contains), "remote confirmation");
        await Assertions.Expect(confirmed.Root).ToContainTextAsync(CardJson.TextBlocks(confirmed.Json).First(confirmedTexts.Contains));

        // (3) The supervisor's status card shows when, and still nothing of what.
        var timeLabels = AppTexts.Values("Status.Meeting.Time");
        var status = await supervisor.WaitForCardAsync(
            c => CardJson.Facts(c).Any(f => timeLabels.Contains(f.Title)) && CardJson.Verbs(c).Contains("meeting.cancel"),
            "status card with the meeting time", OutboxTimeout);
        var (label, shown) = CardJson.Facts(status.Json).First(f => timeLabels.Contains(f.Title));
        Assert.StartsWith(time + "–", shown, StringComparison.Ordinal);
        Assert.Contains(CardJson.Buttons(status.Json), a => CardJson.Text(a, "url") == booked.JoinUrl);
        await Assertions.Expect(status.Root).ToContainTextAsync(label);
        await Assertions.Expect(status.Root).ToContainTextAsync(shown);

        // The supervisor is an internal attendee too: her own pre-information may name the topic
        // (the employee allowed showing it to the participants), nothing else on her page may.
        var ownPreInfo = await supervisor.WaitForCardAsync(c => IsPreInformation(c, titles), "supervisor's pre-information card", OutboxTimeout);
        await CaseSteps.AssertNoTopicShownAsync(supervisor, status.Json, except: ownPreInfo);
    });

    private static bool IsPreInformation(JsonObject card, List<string> titles) =>
        CardJson.TextBlocks(card).FirstOrDefault() is { } first && titles.Contains(first);

    private sealed record LocalEvent(string Organizer, string JoinUrl, bool Cancelled, DateTimeOffset Start);

    /// <summary>The one row of LocalCalendarEvents, read from the bot's database file while it runs.</summary>
    private static async Task<LocalEvent> WaitForEventAsync(string databasePath)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        var rows = await Eventually.MatchesAsync(async () =>
        {
            var rows = new List<LocalEvent>();
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Organizer, JoinUrl, Cancelled, Start FROM LocalCalendarEvents";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(new LocalEvent(reader.GetString(0), reader.GetString(1), reader.GetBoolean(2), FromBinary(reader.GetInt64(3))));
            }

            return rows;
        }, rows => rows.Count > 0, $"a row in LocalCalendarEvents of {databasePath}", timeout: OutboxTimeout);
        return Assert.Single(rows);
    }

    /// <summary>EF Core's DateTimeOffsetToBinaryConverter, which the SQLite context uses for every DateTimeOffset, backwards.</summary>
    private static DateTimeOffset FromBinary(long value) =>
        new(new DateTime((value >> 11) * 1000), TimeSpan.FromMinutes((int)((value << 53) >> 53)));
}
