using System.Net;
using System.Net.Http.Headers;
using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class TeamsRateLimitHandlerTests : IDisposable
{
    private static readonly string ToA = RateLimitTestBed.ConversationPath("a:1");
    private static readonly string ToB = RateLimitTestBed.ConversationPath("a:2");

    private readonly RateLimitTestBed _bed = new();

    public void Dispose() => _bed.Dispose();

    [Fact]
    public async Task Send_TwentyToOneConversation_SpreadOverOneAndTwoSecondWindows()
    {
        var at = await _bed.SendInTurnAsync(ToA, 20);

        RateLimitTestBed.AssertWithin(at, 7, TimeSpan.FromSeconds(1));
        RateLimitTestBed.AssertWithin(at, 8, TimeSpan.FromSeconds(2));
        Assert.All(at.Take(7), t => Assert.Equal(_bed.Start, t));
        // The eighth waits for the first to leave the one-second window, plus the margin.
        Assert.Equal(_bed.Start.AddSeconds(1.03), at[7]);
    }

    [Fact]
    public async Task Send_SeventyToOneConversation_ThirtySecondWindowRespected()
    {
        // The 61st waits about 15 s, more than the default inline wait.
        using var bed = new RateLimitTestBed(o => o.MaxInlineWait = TimeSpan.FromMinutes(1));

        var at = await bed.SendInTurnAsync(ToA, 70, TimeSpan.FromMilliseconds(50));

        RateLimitTestBed.AssertWithin(at, 7, TimeSpan.FromSeconds(1));
        RateLimitTestBed.AssertWithin(at, 8, TimeSpan.FromSeconds(2));
        RateLimitTestBed.AssertWithin(at, 60, TimeSpan.FromSeconds(30));
        Assert.True(at[60] >= bed.Start.AddSeconds(30.05), $"The 61st went at {at[60] - bed.Start}.");
    }

    [Fact]
    public async Task Send_NoMargin_EighthGoesExactlyOneSecondLater()
    {
        using var bed = new RateLimitTestBed(o => o.SafetyMargin = TimeSpan.Zero);

        var at = await bed.SendInTurnAsync(ToA, 8);

        Assert.Equal(bed.Start.AddSeconds(1), at[7]);
    }

    [Fact]
    public async Task Send_FirstArrivesLate_EighthWaitsOneSecondFromItsArrival()
    {
        using var bed = new RateLimitTestBed(o => o.SafetyMargin = TimeSpan.Zero);
        bed.NextLatency = TimeSpan.FromMilliseconds(300);

        var at = await bed.SendInTurnAsync(ToA, 8);

        // Reserved at the start but counted by Teams 0.3 s later: a window from the reservation would
        // let the eighth arrive within one second of the first seven.
        Assert.Equal(bed.Start.AddSeconds(0.3), at[0]);
        RateLimitTestBed.AssertWithin(at, 7, TimeSpan.FromSeconds(1));
        Assert.Equal(bed.Start.AddSeconds(1.3), at[7]);
    }

    [Fact]
    public async Task Send_SixtyConversationsSomeArrivingLate_NeverMoreThanFiftyInASecondAtTeams()
    {
        using var bed = new RateLimitTestBed(o => (o.PaceTenant, o.SafetyMargin) = (false, TimeSpan.Zero));
        var sends = new List<Task<HttpResponseMessage>>();
        for (var i = 0; i < 120; i++)
        {
            // Every seventh is held up on its way out for longer than any margin would cover.
            bed.NextLatency = i % 7 == 0 ? TimeSpan.FromMilliseconds(250) : TimeSpan.Zero;
            sends.Add(bed.SendAsync(RateLimitTestBed.ConversationPath("a:" + i)));
            await Task.Delay(1);
        }

        await bed.DriveAsync(Task.WhenAll(sends));

        var at = bed.Sent.Select(s => s.At).ToList();
        Assert.Equal(120, at.Count);
        RateLimitTestBed.AssertWithin(at, 50, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Send_TwoConversationsAtOnce_EachHasItsOwnWindows()
    {
        var sends = Enumerable.Range(0, 14).Select(i => _bed.SendAsync(i % 2 == 0 ? ToA : ToB)).ToArray();

        await _bed.DriveAsync(Task.WhenAll(sends));

        Assert.Equal(14, _bed.Sent.Count);
        Assert.All(_bed.Sent, s => Assert.Equal(_bed.Start, s.At));
    }

    [Fact]
    public async Task Send_SixtyConversationsAtOnceUnpaced_FiftyPerSecondForTheBot()
    {
        using var bed = new RateLimitTestBed(o => o.PaceTenant = false);
        var sends = Enumerable.Range(0, 60)
            .Select(i => bed.SendAsync(RateLimitTestBed.ConversationPath("a:" + i)))
            .Append(bed.SendAsync(RateLimitTestBed.ServiceUrl + "v3/conversations"))
            .ToArray();

        await bed.DriveAsync(Task.WhenAll(sends));

        var at = bed.Sent.Select(s => s.At).ToList();
        Assert.Equal(61, at.Count);
        RateLimitTestBed.AssertWithin(at, 50, TimeSpan.FromSeconds(1));
        Assert.Equal(50, at.Count(t => t == bed.Start));
        Assert.All(at.Where(t => t != bed.Start), t => Assert.Equal(bed.Start.AddSeconds(1.03), t));
    }

    [Fact]
    public async Task Send_SixtyConversationsAtOnce_HalfAtOnceThenOneEveryTwentyMilliseconds()
    {
        var sends = Enumerable.Range(0, 60).Select(i => _bed.SendAsync(RateLimitTestBed.ConversationPath("a:" + i))).ToArray();

        await _bed.DriveAsync(Task.WhenAll(sends), TimeSpan.FromMilliseconds(1));

        var at = _bed.Sent.Select(s => s.At).Order().ToList();
        Assert.Equal(60, at.Count);
        RateLimitTestBed.AssertWithin(at, 50, TimeSpan.FromSeconds(1));
        Assert.Equal(25, at.Count(t => t == _bed.Start));
        var paced = at.Skip(24).Take(26).ToList();
        Assert.All(paced.Zip(paced.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(20), $"{pair.First:ss.fff} → {pair.Second:ss.fff}"));
        Assert.True(paced[^1] - paced[0] < TimeSpan.FromSeconds(0.6), "Pacing should not slow the stream below the allowed rate.");
    }

    [Fact]
    public async Task Send_429WithRetryAfter_ConversationBlockedUntilThenOthersNot()
    {
        _bed.NextAnswer = () => TooManyRequests(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(5)));
        using var first = await _bed.SendAsync(ToA);

        var again = _bed.SendAsync(ToA);
        using var other = await _bed.SendAsync(ToB);
        using var second = await _bed.DriveAsync(again);

        Assert.Equal(HttpStatusCode.TooManyRequests, first.StatusCode);
        var sent = _bed.Sent.ToList();
        Assert.Equal(_bed.Start, sent[1].At);
        Assert.Equal(_bed.Start.AddSeconds(5), sent[2].At);
    }

    [Fact]
    public async Task Send_429WithRetryAfterDate_BlockedUntilThatTime()
    {
        _bed.NextAnswer = () => TooManyRequests(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(_bed.Start.AddSeconds(3)));
        using var first = await _bed.SendAsync(ToA);

        using var second = await _bed.DriveAsync(_bed.SendAsync(ToA));

        Assert.Equal(_bed.Start.AddSeconds(3), _bed.Sent.Last().At);
    }

    [Fact]
    public async Task Send_429WithoutRetryAfter_BlockedForOneSecond()
    {
        _bed.NextAnswer = () => TooManyRequests(_ => { });
        using var first = await _bed.SendAsync(ToA);

        using var second = await _bed.DriveAsync(_bed.SendAsync(ToA));

        Assert.Equal(_bed.Start.AddSeconds(1), _bed.Sent.Last().At);
    }

    [Fact]
    public async Task Send_429OnPathWithoutConversation_EveryConversationBlocked()
    {
        _bed.NextAnswer = () => TooManyRequests(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)));
        using var first = await _bed.SendAsync(RateLimitTestBed.ServiceUrl + "v3/conversations");

        using var second = await _bed.DriveAsync(_bed.SendAsync(ToB));

        Assert.Equal(_bed.Start.AddSeconds(2), _bed.Sent.Last().At);
    }

    [Fact]
    public async Task Send_WaitLongerThanMaxInlineWait_Answers429ItselfWithTheWait()
    {
        using var bed = new RateLimitTestBed(o => o.ConversationWindows = [new RateWindow(2, TimeSpan.FromHours(1))]);
        await bed.SendInTurnAsync(ToA, 2);
        bed.Time.Advance(TimeSpan.FromMinutes(20));

        using var third = await bed.SendAsync(ToA);

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.IsType<RateLimitedResponse>(third);
        Assert.Equal(TimeSpan.FromMinutes(40) + TimeSpan.FromMilliseconds(30), third.Headers.RetryAfter?.Delta);
        Assert.Equal(2, bed.Sent.Count);
    }

    [Fact]
    public async Task Send_Disabled_NothingHeld()
    {
        using var bed = new RateLimitTestBed(o => o.Enabled = false);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => bed.SendAsync(ToA)));

        Assert.Equal(20, bed.Sent.Count(s => s.At == bed.Start));
    }

    [Fact]
    public async Task TryReserve_ConversationIdleLongerThanLongestWindow_Forgotten()
    {
        await _bed.SendInTurnAsync(ToA, 1);
        _bed.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(2));

        await _bed.SendInTurnAsync(ToB, 1);

        Assert.Equal(1, _bed.Limiter.ConversationCount);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/tenant-1/v3/conversations/a%3A1abc/activities", "a:1abc")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1700000000000/activities", "19:abc@thread.tacv2")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/19:abc@thread.skype;messageid=17/activities/17", "19:abc@thread.skype")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/a%3A1/members/29%3Auser", "a:1")]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations", null)]
    [InlineData("https://smba.trafficmanager.net/amer/v3/conversations/", null)]
    [InlineData("https://smba.trafficmanager.net/amer/v3/teams/19%3Ax/conversations", null)]
    public void ConversationKey_Path_ConversationWithoutThread(string url, string? expected)
    {
        Assert.Equal(expected, TeamsRateLimitHandler.ConversationKey(new Uri(url)));
    }

    [Fact]
    public async Task Send_ThreadsOfOneChannel_CountedTogether()
    {
        var threads = Enumerable.Range(0, 8)
            .Select(i => _bed.SendAsync(RateLimitTestBed.ConversationPath($"19:abc@thread.tacv2;messageid={i}")))
            .ToArray();

        await _bed.DriveAsync(Task.WhenAll(threads));

        Assert.Equal(7, _bed.Sent.Count(s => s.At == _bed.Start));
    }

    [Fact]
    public void Validate_BadSettings_EachNamed()
    {
        var options = new TeamsRateLimitOptions
        {
            ConversationWindows = [new RateWindow(0, TimeSpan.FromSeconds(1))],
            TenantLimit = 0,
            SafetyMargin = TimeSpan.FromSeconds(-1),
            MaxInlineWait = TimeSpan.FromSeconds(-1),
        };

        var result = new TeamsRateLimitOptionsValidation().Validate(null, options);

        Assert.Equal(4, result.Failures?.Count());
    }

    private static HttpResponseMessage TooManyRequests(Action<HttpResponseMessage> headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        headers(response);
        return response;
    }
}
