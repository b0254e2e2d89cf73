using Microsoft.Extensions.Logging.Testing;

namespace TyokykyBot.Testing;

public static class FakeLogRecordExtensions
{
    /// <summary>The record's message with its exception's text, if it has one: all a reader of the log would see.</summary>
    public static string Text(this FakeLogRecord record) =>
        record.Exception is null ? record.Message : $"{record.Message} {record.Exception}";
}
