using Xunit.Sdk;

namespace TyokykyBot.Tests.Testing;

public class EventuallyTests
{
    [Fact]
    public async Task TrueAsync_ConditionComesTrue_ReturnsOnceItHolds()
    {
        var calls = 0;

        await Eventually.TrueAsync(() => ++calls >= 3, "the third call");

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task MatchesAsync_NeverDone_FailsNamingWhatWasAwaitedAndTheLastReading()
    {
        var readings = 0;

        var error = await Assert.ThrowsAsync<XunitException>(() => Eventually.MatchesAsync(
            () => Task.FromResult(++readings), _ => false, "the outbox row sent", n => $"reading {n}", TimeSpan.FromMilliseconds(100)));

        Assert.StartsWith("Waited 0.1 s for the outbox row sent, and it did not happen.", error.Message);
        Assert.EndsWith($"Last seen: reading {readings}.", error.Message);
    }

    [Fact]
    public async Task FoundAsync_ValueAppearsLater_ReturnsIt()
    {
        var calls = 0;

        var found = await Eventually.FoundAsync(() => ++calls < 2 ? null : "card", "the card");

        Assert.Equal("card", found);
    }
}
