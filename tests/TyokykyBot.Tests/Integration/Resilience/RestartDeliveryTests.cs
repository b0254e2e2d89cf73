using TyokykyBot.Cases;
using TyokykyBot.Consent;
using TyokykyBot.Convening;
using TyokykyBot.Data;
using TyokykyBot.Outbox;
using TyokykyBot.Tests.Integration.Flows;

namespace TyokykyBot.Tests.Integration.Resilience;

/// <summary>
/// The app stops after the case and its outbox rows are committed and before anything is sent (an
/// instance whose dispatcher is off stands for one killed at that moment); the next start on the
/// same database and key sends the consent card, once.
/// </summary>
public sealed class RestartDeliveryTests
{
    [SkippableTheory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ConsentCardDelivery_AppStoppedBetweenCommitAndSend_DeliveredOnceAfterRestart(DatabaseProvider provider)
    {
        await using var restarted = new ResilienceApp(provider);
        Guid caseId;
        string code;
        await using (var stopped = new ResilienceApp(provider, restarted.ConnectionString, new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" }))
        {
            var driver = new CaseFlowDriver(stopped);
            await driver.InstallAsync(TestUser.Mikko);
            caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "convene.submit", CaseFlowDriver.ConveneData(), "aino-card")));
            code = await CaseOutbox.CodeAsync(stopped, caseId);

            var pending = await CaseOutbox.RowAsync(stopped, caseId, ConsentMessageKinds.DeliverCard);
            Assert.Null(pending.Outcome);
            Assert.Equal(0, pending.Attempts);
            Assert.DoesNotContain(stopped.Connector.Requests, r => r.Body.Contains(code));
        }

        var row = await CaseOutbox.FinishedAsync(restarted, caseId, ConsentMessageKinds.DeliverCard);

        Assert.Equal(OutboxOutcomes.Sent, row.Outcome);
        var delivered = Assert.Single(restarted.Connector.Requests, r => r.IsPostTo(TestUser.Mikko.PersonalConversationId) && r.Body.Contains(code));
        Assert.True(delivered.Succeeded);
        Assert.NotNull(delivered.Card);
    }
}
