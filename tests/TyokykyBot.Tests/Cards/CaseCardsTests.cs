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

    private const string PreInformation = TyokykyBot.Meetings.MeetingMessageKinds.PreInformationPurpose;

    /// <summary>The memo flow's purpose is not written yet; any purpose of its own shows the subjects apart.</summary>
    private const string MemoPurpose = "Memo";

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

    [Fact]
    public async Task Remember_FollowUpMeetingsPreInformation_KeptBesideTheFirstMeetings()
    {
        await RememberAsync(Cards, "a:chat-1", "1:first-meeting", purpose: PreInformation, subject: CaseCardSubjects.Meeting(1));

        await RememberAsync(Cards, "a:chat-1", "1:follow-up", purpose: PreInformation, subject: CaseCardSubjects.Meeting(2));

        await using var db = _database.NewContext();
        var cards = Cards(db);
        Assert.Equal("1:first-meeting", (await cards.FindAsync(_caseId, PreInformation, CaseCardSubjects.Meeting(1), Person, default))?.ActivityId);
        Assert.Equal("1:follow-up", (await cards.FindAsync(_caseId, PreInformation, CaseCardSubjects.Meeting(2), Person, default))?.ActivityId);
        Assert.Null(await cards.FindAsync(_caseId, PreInformation, CaseCardSubjects.Case, Person, default));
        Assert.Equal(["1:follow-up"], (await cards.OfCaseAsync(_caseId, [PreInformation], CaseCardSubjects.Meeting(2), default)).Select(c => c.ActivityId));
    }

    [Fact]
    public async Task OfCaseAsync_StatusAndMemoCards_EachPurposeAndSubjectApart()
    {
        var memoId = Guid.NewGuid();
        await RememberAsync(Cards, "a:chat-1", "1:status");
        await RememberAsync(Cards, "a:chat-1", "1:memo", purpose: MemoPurpose, subject: CaseCardSubjects.Memo(memoId));
        await RememberAsync(Cards, "a:chat-1", "1:other-memo", purpose: MemoPurpose, subject: CaseCardSubjects.Memo(Guid.NewGuid()));

        await using var db = _database.NewContext();
        var cards = Cards(db);
        Assert.Equal(["1:status"], (await cards.OfCaseAsync(_caseId, [StatusMessageKinds.CardPurpose], default)).Select(c => c.ActivityId));
        Assert.Equal(["1:memo"], (await cards.OfCaseAsync(_caseId, [MemoPurpose], CaseCardSubjects.Memo(memoId), default)).Select(c => c.ActivityId));
        Assert.Equal(2, (await cards.OfCaseAsync(_caseId, [MemoPurpose], default)).Count);
        Assert.True(await cards.HoldsAnyAsync(_caseId, [MemoPurpose], Person, default));
        Assert.False(await cards.HoldsAnyAsync(_caseId, [PreInformation], Person, default));
        Assert.Equal(CaseCardSubjects.Memo(memoId), (await cards.FindAsync(_caseId, MemoPurpose, CaseCardSubjects.Memo(memoId), Person, default))?.Subject);
    }

    [Fact]
    public void Meeting_NumberBelowOne_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseCardSubjects.Meeting(0));

    public void Dispose() => _database.Dispose();

    private CaseCards Cards(TyokykyDbContext db) => new(db, TestKeys.Pseudonyms(_oldKey), TestKeys.Protector(_oldKey), _time);

    private async Task RememberAsync(
        Func<TyokykyDbContext, CaseCards> cards, string chat, string activityId, string recipient = Person,
        string purpose = StatusMessageKinds.CardPurpose, string subject = CaseCardSubjects.Case)
    {
        await using var db = _database.NewContext();
        cards(db).Remember(_caseId, purpose, subject, recipient, new PrivateDelivery(ConnectorStatus.Ok, chat, "https://smba.example/", activityId));
        await db.SaveChangesAsync();
    }
}
