using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Status;
using TyokykyBot.Tests.Data;
using TyokykyBot.Tests.Data.Protection;

namespace TyokykyBot.Tests.Cards;

public sealed class CaseCardsTests : IDisposable
{
    private const string Person = "6F1C2A9E-7D4B-4C1E-9A51-2B8D0E3F4A67";

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch);
    private readonly Guid _caseId = Guid.NewGuid();
    private readonly string _oldKey = TestKeys.New();

    [Fact]
    public async Task Remember_NewCard_RecipientAndChatStoredProtectedAndReadBack()
    {
        await RememberAsync(Cards, "a:chat-1", "1:first");

        await using var db = _database.NewContext();
        var card = await db.CaseCards.SingleAsync();
        var cards = new CaseCards(db, TestKeys.Pseudonyms(_oldKey), TestKeys.Protector(_oldKey), _time);
        Assert.Equal(TestKeys.Pseudonyms(_oldKey).Of(Person), card.RecipientKey);
        Assert.Equal((Person, "a:chat-1"), (cards.RecipientOf(card), cards.ConversationOf(card)));
        Assert.DoesNotContain("chat-1", card.ProtectedConversationId);
    }

    [Fact]
    public async Task Remember_KeyRotatedSince_SameCardUpdatedAndMovedToTheNewKey()
    {
        var newKey = TestKeys.New();
        await RememberAsync(Cards, "a:chat-1", "1:first");

        await RememberAsync(db => new CaseCards(db, TestKeys.Pseudonyms(newKey, _oldKey), TestKeys.Protector(newKey, _oldKey), _time), "a:chat-1", "1:second");

        await using var check = _database.NewContext();
        var card = await check.CaseCards.SingleAsync();
        Assert.Equal((TestKeys.Pseudonyms(newKey).Of(Person), "1:second"), (card.RecipientKey, card.ActivityId));
    }

    [Fact]
    public async Task Remember_IdInOtherLetterCase_SameCard()
    {
        await RememberAsync(Cards, "a:chat-1", "1:first");

        await RememberAsync(Cards, "a:chat-1", "1:second", Person.ToLowerInvariant());

        await using var check = _database.NewContext();
        Assert.Equal("1:second", (await check.CaseCards.SingleAsync()).ActivityId);
    }

    public void Dispose() => _database.Dispose();

    private CaseCards Cards(TyokykyDbContext db) => new(db, TestKeys.Pseudonyms(_oldKey), TestKeys.Protector(_oldKey), _time);

    private async Task RememberAsync(Func<TyokykyDbContext, CaseCards> cards, string chat, string activityId, string recipient = Person)
    {
        await using var db = _database.NewContext();
        cards(db).Remember(_caseId, StatusMessageKinds.CardPurpose, CaseCardSubjects.Case, recipient, new PrivateDelivery(ConnectorStatus.Ok, chat, "https://smba.example/", activityId));
        await db.SaveChangesAsync();
    }
}
