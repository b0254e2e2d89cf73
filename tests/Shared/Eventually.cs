using System.Diagnostics;
using Xunit.Sdk;

namespace TyokykyBot.Testing;

/// <summary>
/// Waits in real time for something that happens in the background (an outbox row sent, a request
/// the fake connector saw, a card delivered). A wait that runs out fails naming what was awaited.
/// </summary>
public static class Eventually
{
    /// <summary>Long enough for a loaded two-core machine; a passing test waits only as long as it must.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(45);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);

    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        MatchesAsync(() => Task.FromResult(condition()), done => done, what, timeout: timeout);

    public static Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        MatchesAsync(condition, done => done, what, timeout: timeout);

    /// <summary>The first non-null value <paramref name="find"/> returns.</summary>
    public static async Task<T> FoundAsync<T>(Func<T?> find, string what, TimeSpan? timeout = null)
        where T : class =>
        (await MatchesAsync(() => Task.FromResult(find()), found => found is not null, what, timeout: timeout))!;

    /// <summary>The first non-null value <paramref name="find"/> returns.</summary>
    public static async Task<T> FoundAsync<T>(Func<Task<T?>> find, string what, TimeSpan? timeout = null)
        where T : class =>
        (await MatchesAsync(find, found => found is not null, what, timeout: timeout))!;

    /// <summary>
    /// Reads until <paramref name="done"/> holds and returns that reading. On time-out the failure
    /// names <paramref name="what"/> and, when <paramref name="seen"/> is given, describes the last reading.
    /// </summary>
    public static async Task<T> MatchesAsync<T>(
        Func<Task<T>> read, Func<T, bool> done, string what, Func<T, string>? seen = null, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (clock.Elapsed >= limit)
            {
                var last = seen is null ? "" : $" Last seen: {seen(value)}.";
                throw new XunitException($"Waited {limit.TotalSeconds:0.#} s for {what}, and it did not happen.{last}");
            }

            await Task.Delay(Interval);
        }
    }
}
