namespace TyokykyBot.BotFramework.Tests.Connector;

/// <summary>What the fake Connector saw, captured at send time (the request is disposed after).</summary>
internal sealed record RecordedRequest(
    HttpMethod Method,
    string Url,
    string? Authorization,
    string? Body,
    string? ContentType,
    DateTimeOffset At);
