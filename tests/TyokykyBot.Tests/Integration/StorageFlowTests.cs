using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Integration;

/// <summary>What the bot stores, through the HTTP pipeline, on each database provider.</summary>
public abstract class StorageFlowTests<TApp>(TApp app) where TApp : TyokykyApp
{
    private readonly BotClient bot = new(app);

    [SkippableFact]
    public async Task Post_InstallationAndConversationUpdateTogether_SendOneWelcomeCard()
    {
        var install = ActivityFixtures.Load("installation-update").AsNewUser(out var aad);
        var update = ActivityFixtures.Load("conversation-update");
        update["from"] = install["from"]!.DeepClone();
        update["conversation"] = install["conversation"]!.DeepClone();

        await Task.WhenAll(bot.PostAsync(install), bot.PostAsync(update));
        await bot.PostAsync(update);

        var sent = Assert.Single(app.Connector.To(install.ConversationId()));
        Assert.Equal("Tervetuloa TyökykyBotiin", sent.CardTitle);
    }

    [SkippableFact]
    public async Task Post_RemovedThenAddedAgain_WelcomesAgain()
    {
        var install = ActivityFixtures.Load("installation-update").AsNewUser(out _);
        var remove = install.DeepClone().AsObject();
        remove["action"] = "remove";

        await bot.PostAsync(install);
        await bot.PostAsync(remove);
        await bot.PostAsync(install);

        Assert.Equal(2, app.Connector.To(install.ConversationId()).Count(r => r.CardTitle == "Tervetuloa TyökykyBotiin"));
    }

    [SkippableFact]
    public async Task Post_LanguageChosen_IsRememberedForLaterMessages()
    {
        var choose = ActivityFixtures.PersonalMessage("kieli sv").AsNewUser(out _);
        var help = ActivityFixtures.PersonalMessage("apua");
        help["from"] = choose["from"]!.DeepClone();
        help["conversation"] = choose["conversation"]!.DeepClone();

        await bot.PostAsync(choose);
        await bot.PostAsync(help);

        Assert.Equal("TyökykyBot – hjälp", app.Connector.To(choose.ConversationId()).Last().CardTitle);
    }

    [SkippableTheory]
    [InlineData("en-US", "TyökykyBotin ohjeet")]
    [InlineData("fi-FI", "TyökykyBotin ohjeet")]
    [InlineData("sv-FI", "TyökykyBot – hjälp")]
    public async Task Post_NoChoiceMade_LanguageFollowsOnlyFinnishOrSwedishLocale(string locale, string title)
    {
        var help = ActivityFixtures.PersonalMessage("apua", locale).AsNewUser(out _);

        await bot.PostAsync(help);

        Assert.Equal(title, Assert.Single(app.Connector.To(help.ConversationId())).CardTitle);
    }

    [SkippableFact]
    public async Task Post_PersonalMessage_StoresConversationReferenceOnceUntilItChanges()
    {
        var first = ActivityFixtures.PersonalMessage("apua").AsNewUser(out var aad);
        await bot.PostAsync(first);
        var stored = await FindPersonalAsync(aad);

        await bot.PostAsync(first);
        var unchanged = await FindPersonalAsync(aad);

        var moved = first.DeepClone().AsObject();
        moved["conversation"]!["id"] = "a:moved-" + aad[..8];
        await bot.PostAsync(moved);
        var changed = await FindPersonalAsync(aad);

        Assert.Equal(first.ConversationId(), stored.ConversationId);
        Assert.Equal(TyokykyApp.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(TyokykyApp.TenantId, stored.TenantId);
        Assert.Equal(stored.UpdatedAt, unchanged.UpdatedAt);
        Assert.Equal("a:moved-" + aad[..8], changed.ConversationId);
    }

    [SkippableFact]
    public async Task Post_ChannelMessage_StoredApartFromPersonalChats()
    {
        var activity = ActivityFixtures.ChannelMessage("apua");

        await bot.PostAsync(activity);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        var channel = await db.SharedConversations.SingleAsync(s => s.ConversationId == "19:5f2c9a0e3b7d4c1a8e6f0b2d4a6c8e0f@thread.tacv2");
        Assert.Equal("channel", channel.ConversationType);
        Assert.False(await db.PersonalConversations.AnyAsync(p => p.AadObjectId == "0b3e1f9a-7c2d-4e8f-a1b2-c3d4e5f60718"));
    }

    private async Task<PersonalConversation> FindPersonalAsync(string aadObjectId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        return await db.PersonalConversations.AsNoTracking().SingleAsync(p => p.AadObjectId == aadObjectId);
    }
}
