using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace TyokykyBot.Testing;

/// <summary>
/// Every log record the code under test writes, kept by <see cref="FakeLogCollector"/>. Add it as a
/// logger provider; records stay readable after the host that logged them is disposed.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly FakeLoggerProvider provider;

    public CapturedLogs()
    {
        provider = new FakeLoggerProvider(Collector);
    }

    public FakeLogCollector Collector { get; } = new();

    public IReadOnlyList<FakeLogRecord> Records => Collector.GetSnapshot();

    /// <summary>Each record as one line, <c>Level Category: message exception</c>: what a leak search reads.</summary>
    public IReadOnlyList<string> Lines => [.. Records.Select(Line)];

    /// <summary>The lines of loggers whose category is <paramref name="category"/> (a type's full name).</summary>
    public IReadOnlyList<string> LinesOf(string category) => [.. Records.Where(r => r.Category == category).Select(Line)];

    public static string Line(FakeLogRecord record) => $"{record.Level} {record.Category}: {record.Text()}";

    /// <summary>Fails, naming the text and the logger, when any line contains one of <paramref name="secrets"/>.</summary>
    public void AssertNoLineContains(params string[] secrets)
    {
        foreach (var record in Records)
        {
            var line = Line(record);
            foreach (var secret in secrets.Where(s => line.Contains(s, StringComparison.Ordinal)))
            {
                Assert.Fail($"A {record.Level} line of {record.Category} contains \"{secret}\": {line}");
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => provider.CreateLogger(categoryName);

    /// <summary>The host disposing its providers must not take the records with it.</summary>
    public void Dispose()
    {
    }
}
