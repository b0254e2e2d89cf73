using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using TyokykyBot.Data;
using TyokykyBot.Telemetry;
using TyokykyBot.Tests.Graph;
using TyokykyBot.Tests.Integration.Flows;

namespace TyokykyBot.Tests.Telemetry;

/// <summary>
/// Convene, consent (a canary in the note, an outside address) and withdraw, with the Graph calendar:
/// the instruments and spans appear with their tag keys, and nothing exported names a person, a
/// conversation or a case, or quotes what anyone typed.
/// </summary>
public sealed class TelemetryFlowTests(TelemetryTyokykyApp app) : IClassFixture<TelemetryTyokykyApp>
{
    private readonly CaseFlowDriver driver = new(app);
    private readonly string canary = "kanarialintu" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task CaseFlow_Exported_ExpectedInstrumentsSpansAndNoPersonalData()
    {
        var (caseId, code) = await RunFlowAsync();
        var metrics = app.FlushMetrics();
        var spans = app.ExportedSpans();

        AssertMetric(metrics, "tyokyky.activities", [TelemetryTags.ActivityType, TelemetryTags.ChannelId, TelemetryTags.ConversationType],
            (TelemetryTags.ActivityType, "invoke"), (TelemetryTags.ActivityType, "installationUpdate"), (TelemetryTags.ConversationType, "personal"), (TelemetryTags.ChannelId, "msteams"));
        AssertMetric(metrics, "tyokyky.invoke.duration", [TelemetryTags.CardVerb, TelemetryTags.HttpStatus],
            (TelemetryTags.CardVerb, "convene.submit"), (TelemetryTags.CardVerb, "consent.give"), (TelemetryTags.CardVerb, "consent.withdraw"), (TelemetryTags.HttpStatus, "200"));
        AssertMetric(metrics, "tyokyky.outbox.deliveries", [TelemetryTags.OutboxKind, TelemetryTags.OutboxOutcome], (TelemetryTags.OutboxOutcome, "Sent"));
        AssertMetric(metrics, "tyokyky.graph.calls", [TelemetryTags.GraphOperation, TelemetryTags.HttpStatus],
            (TelemetryTags.GraphOperation, "create event"), (TelemetryTags.GraphOperation, "cancel event"));
        AssertMetric(metrics, "tyokyky.graph.duration", [TelemetryTags.GraphOperation, TelemetryTags.HttpStatus]);
        AssertMetric(metrics, "tyokyky.outbox.depth", []);

        var turns = spans.Where(s => s.OperationName == InstrumentedBot.SpanName).ToList();
        Assert.True(turns.Count > 0, $"No turn spans among {spans.Count}: {string.Join(", ", spans.Select(s => s.OperationName).Distinct())}");
        Assert.Contains(turns, s => (string?)s.GetTagItem(TelemetryTags.CardVerb) == "consent.withdraw" && s.GetTagItem(TelemetryTags.HttpStatus) is 200);
        Assert.All(turns, s => Assert.Superset(new HashSet<string> { TelemetryTags.ActivityType, TelemetryTags.ChannelId, TelemetryTags.ConversationType }, s.TagObjects.Select(t => t.Key).ToHashSet()));
        var deliveries = spans.Where(s => s.OperationName == "outbox message" && s.GetTagItem(TelemetryTags.OutboxOutcome) is not null).ToList();
        Assert.Contains(deliveries, s => (string?)s.GetTagItem(TelemetryTags.OutboxOutcome) == "Sent" && s.GetTagItem(TelemetryTags.OutboxKind) is string kind && kind != TelemetryTags.Other);
        Assert.All(deliveries, s => Assert.Superset(new HashSet<string> { TelemetryTags.OutboxKind, TelemetryTags.OutboxAttempt, TelemetryTags.OutboxOutcome }, s.TagObjects.Select(t => t.Key).ToHashSet()));

        var exported = Texts(spans).Concat(Texts(metrics)).ToList();
        Assert.NotEmpty(exported);
        foreach (var secret in Secrets(caseId, code))
        {
            Assert.DoesNotContain(exported, text => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    private async Task<(Guid CaseId, string Code)> RunFlowAsync()
    {
        await driver.InstallAsync(TestUser.Mikko);
        await driver.InstallAsync(TestUser.Johanna);
        await driver.SayInChannelAsync(TestUser.Aino, "/neuvottelu " + canary);
        var convene = CaseFlowDriver.ConveneData(startInDays: 2);
        convene["ohEmails"] = $"{canary}@terveyspalvelu.example";
        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "convene.submit", convene)));

        var consent = CaseFlowDriver.ConsentData(caseId, "work-tasks-and-workload");
        consent["note"] = $"Huom: {canary} – arkaluonteinen muistiinpano.";
        consent["shopStewardText"] = $"{canary}.steward@liitto.example";
        await driver.ClickAsync(TestUser.Mikko, "consent.give", consent);
        await Eventually.TrueAsync(() => app.Graph.Requests.Any(r => r.Route == GraphRoute.CreateEvent && r.Body?.Contains("transactionId") == true), "the event created");
        await driver.ClickAsync(TestUser.Mikko, "consent.withdraw", CaseFlowDriver.CaseData(caseId));
        await Eventually.TrueAsync(() => app.Graph.Requests.Any(r => r.Route == GraphRoute.CancelEvent), "the event cancelled");
        await Eventually.TrueAsync(() => PendingOutbox() == 0, "the outbox drained");

        await using var scope = app.Services.CreateAsyncScope();
        var code = await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.Where(c => c.Id == caseId).Select(c => c.Code).SingleAsync();
        // The last delivery's span ends just after its row is committed.
        await Task.Delay(500);
        return (caseId, code);
    }

    private int PendingOutbox()
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Outbox.Count(m => m.Outcome == null);
    }

    private IEnumerable<string> Secrets(Guid caseId, string code)
    {
        yield return canary;
        yield return caseId.ToString();
        yield return caseId.ToString("N");
        yield return code;
        yield return "a:personal-";
        yield return "19:";
        foreach (var user in new[] { TestUser.Aino, TestUser.Mikko, TestUser.Sanna, TestUser.Johanna, TestUser.Timo })
        {
            yield return user.AadObjectId;
            yield return user.Name;
            foreach (var part in user.Name.Split(' '))
            {
                yield return part;
            }
        }
    }

    private static void AssertMetric(IReadOnlyList<MetricSnapshot> metrics, string name, string[] tagKeys, params (string Key, string Value)[] expected)
    {
        var points = metrics.Where(m => m.Name == name).SelectMany(m => m.MetricPoints).ToList();
        Assert.True(points.Count > 0, $"No points exported for {name}.");
        foreach (var point in points)
        {
            Assert.Equal(tagKeys.Order(), Tags(point).Select(t => t.Key).Order());
        }

        foreach (var (key, value) in expected)
        {
            Assert.Contains(points, p => Tags(p).Any(t => t.Key == key && Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) == value));
        }
    }

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }

    private static IEnumerable<string> Texts(IEnumerable<Activity> spans) =>
        spans.SelectMany(s => new[] { s.DisplayName, s.OperationName, s.StatusDescription ?? "" }
            .Concat(s.TagObjects.SelectMany(t => new[] { t.Key, $"{t.Value}" }))
            .Concat(s.Events.SelectMany(e => e.Tags.Select(t => $"{t.Key}={t.Value}").Append(e.Name)))
            .Concat(s.Baggage.Select(b => $"{b.Key}={b.Value}")));

    private static IEnumerable<string> Texts(IEnumerable<MetricSnapshot> metrics) =>
        metrics.SelectMany(m => m.MetricPoints.SelectMany(p => Tags(p).Select(t => $"{t.Key}={t.Value}")).Append(m.Name));
}
