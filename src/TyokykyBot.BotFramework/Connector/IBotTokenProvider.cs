namespace TyokykyBot.BotFramework.Connector;

/// <summary>The bearer token for outbound Connector calls.</summary>
public interface IBotTokenProvider
{
    /// <summary>Null in anonymous mode: the request then goes out without an Authorization header.</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
