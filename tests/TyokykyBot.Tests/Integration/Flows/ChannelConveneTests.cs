using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Convening;
using TyokykyBot.Data;
using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>`/neuvottelu` in a channel: a neutral line there, the card privately to the convener.</summary>
public sealed class ChannelConveneTests(TyokykyApp app) : IClassFixture<TyokykyApp>
{
    private readonly CaseFlowDriver driver = new(app);

    [Fact]
    public async Task Neuvottelu_InChannel_PostsNeutralLineThereAndCardPrivately()
    {
        await driver.InstallAsync(TestUser.Aino);

        await driver.SayInChannelAsync(TestUser.Aino, "/neuvottelu");

        var inChannel = driver.Connector.Requests
            .Where(r => Uri.UnescapeDataString(r.Uri.AbsolutePath).Contains("/v3/conversations/19:", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(inChannel);
        Assert.Null(line.Card);
        Assert.Equal(Texts.Get("Convene.ChannelNeutral", UiLanguage.Finnish), (string?)line.Json?["text"]);
        var privateCard = await driver.WaitForAsync(
            r => r.Uri.AbsolutePath.Contains(Uri.EscapeDataString(TestUser.Aino.PersonalConversationId))
                && r.CardTitle == Texts.Get("Convene.Card.Title", UiLanguage.Finnish), "the private convene card");
        Assert.Contains("employeeText", CardJson.InputIds(privateCard.Card!));

        // Sent after the turn, by the outbox: the channel's line came first, and the row names nobody.
        var requests = driver.Connector.Requests.ToList();
        Assert.True(requests.IndexOf(line) < requests.IndexOf(privateCard));
        using var scope = app.Services.CreateScope();
        var rows = await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Outbox.AsNoTracking()
            .Where(m => m.Kind == ConveneMessageKinds.DeliverCard && m.Target == TestUser.Aino.AadObjectId).ToListAsync();
        var row = Assert.Single(rows);
        Assert.Null(row.CaseId);
        Assert.DoesNotContain(TestUser.Aino.Name, row.Arguments ?? "", StringComparison.OrdinalIgnoreCase);
    }
}
