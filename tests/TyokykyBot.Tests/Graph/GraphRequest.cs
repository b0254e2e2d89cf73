namespace TyokykyBot.Tests.Graph;

public sealed record GraphRequest(
    GraphStep Step, HttpMethod Method, Uri Uri, string? Body, string? ContentType, string? Authorization, DateTimeOffset At, string? Operation = null);
