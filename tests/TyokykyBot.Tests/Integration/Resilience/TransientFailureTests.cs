using System.Net;
using TyokykyBot.Cases;
using TyokykyBot.Consent;
using TyokykyBot.Convening;
using TyokykyBot.Outbox;
using TyokykyBot.Tests.Integration.Flows;

namespace TyokykyBot.Tests.Integration.Resilience;

/// <summary>The connector answers 503, then 429 with Retry-After: the consent card still lands once.</summary>
public sealed class TransientFailureTests
{
    [Fact]
    public async Task ConsentCardDelivery_503Then429WithRetryAfter_DeliveredExactlyOnce()
    {
        await using var app = new ResilienceApp();
        var driver = new CaseFlowDriver(app);
        await driver.InstallAsync(TestUser.Mikko);
        var employeeChat = TestUser.Mikko.PersonalConversationId;
        app.Connector.FailNext(r => r.IsPostTo(employeeChat), HttpStatusCode.ServiceUnavailable);
        app.Connector.FailNext(r => r.IsPostTo(employeeChat), HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));

        var caseId = CardJson.CaseIdIn(CardJson.CardOf(await driver.ClickAsync(TestUser.Aino, "convene.submit", CaseFlowDriver.ConveneData(), "aino-card")));
        var row = await CaseOutbox.FinishedAsync(app, caseId, ConsentMessageKinds.DeliverCard);

        Assert.Equal(OutboxOutcomes.Sent, row.Outcome);
        var code = await CaseOutbox.CodeAsync(app, caseId);
        var posts = app.Connector.Requests.Where(r => r.IsPostTo(employeeChat) && r.Body.Contains(code)).ToList();
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.TooManyRequests, HttpStatusCode.Created], posts.Select(p => p.Status));
        var delivered = Assert.Single(posts, p => p.Succeeded);
        Assert.NotNull(delivered.Card);
        // The connector's own backoff here is 50–100 ms: a gap of a second is the Retry-After being honoured.
        Assert.True(posts[2].AnsweredAt - posts[1].AnsweredAt >= TimeSpan.FromMilliseconds(950),
            $"The retry after 429 came {(posts[2].AnsweredAt - posts[1].AnsweredAt).TotalMilliseconds:F0} ms later, not after Retry-After: 1.");
        Assert.Equal(1, row.Attempts);
    }
}
