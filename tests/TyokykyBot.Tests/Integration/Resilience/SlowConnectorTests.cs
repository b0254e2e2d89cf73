using System.Diagnostics;
using TyokykyBot.Tests.Integration.Flows;
using Xunit.Abstractions;

namespace TyokykyBot.Tests.Integration.Resilience;

/// <summary>
/// Teams shows an error when an invoke is not answered within a few seconds, so a card click must
/// never wait on the connector: every call to it goes through the outbox.
/// </summary>
public sealed class SlowConnectorTests(ITestOutputHelper output)
{
    private static readonly TimeSpan ConnectorDelay = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan AnsweredAtOnce = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task ConveneAndConsentInvokes_ConnectorTakes3Seconds_AnsweredWithinASecond()
    {
        await using var app = new ResilienceApp();
        var driver = new CaseFlowDriver(app);
        // Warm up (JWT metadata, migrations, JIT) while the connector is quick: the time measured is the invoke's own.
        await driver.InstallAsync(TestUser.Mikko);
        await driver.ClickAsync(TestUser.Aino, "convene.submit", CaseFlowDriver.ConveneData(employeeText: "Ei Ketään Tällaista"));
        app.Connector.Delay = ConnectorDelay;

        var clock = Stopwatch.StartNew();
        var convened = CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "convene.submit", CaseFlowDriver.ConveneData(), "aino-card"));
        var conveneTook = clock.Elapsed;
        var answeredAt = DateTimeOffset.UtcNow;
        var caseId = CardJson.CaseIdIn(convened);
        var code = await CaseOutbox.CodeAsync(app, caseId);

        var consentCard = await driver.WaitForAsync(
            r => r.IsPostTo(TestUser.Mikko.PersonalConversationId) && r.Body.Contains(code) && r.Succeeded, "the consent card", TimeSpan.FromSeconds(30));

        clock.Restart();
        var summary = CardJson.CardOf(await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time")));
        var consentTook = clock.Elapsed;

        output.WriteLine($"convene.submit {conveneTook.TotalMilliseconds:F0} ms, consent.give {consentTook.TotalMilliseconds:F0} ms, consent card answered {(consentCard.AnsweredAt - answeredAt).TotalMilliseconds:F0} ms after the convene answer");
        Assert.True(conveneTook < AnsweredAtOnce, $"convene.submit took {conveneTook.TotalMilliseconds:F0} ms");
        Assert.True(consentTook < AnsweredAtOnce, $"consent.give took {consentTook.TotalMilliseconds:F0} ms");
        Assert.Contains("consent.withdraw", summary.ToJsonString());
        Assert.True(consentCard.AnsweredAt - answeredAt >= ConnectorDelay - AnsweredAtOnce, "the consent card was not sent through the slow connector");
        await driver.WaitForAsync(
            r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/activities/aino-card", StringComparison.Ordinal) && r.Succeeded,
            "the convener's card updated after consent", TimeSpan.FromSeconds(60));
    }
}
