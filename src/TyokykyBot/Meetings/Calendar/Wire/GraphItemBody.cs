namespace TyokykyBot.Meetings.Calendar.Wire;

internal sealed record GraphItemBody(string ContentType, string Content)
{
    public static GraphItemBody Html(string content) => new("html", content);
}
