using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Meetings.Calendar;

public sealed record RecordedGraphRequest(
    CalendarRoute Route, HttpMethod Method, Uri Uri, string? Body, string? ContentType, string? Authorization, DateTimeOffset At)
{
    public JsonNode Json => JsonNode.Parse(Body ?? throw new InvalidOperationException("no body"))!;
}
