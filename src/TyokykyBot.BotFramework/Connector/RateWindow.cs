namespace TyokykyBot.BotFramework.Connector;

/// <summary>At most <see cref="Limit"/> requests within any <see cref="Window"/> (a sliding window).</summary>
public sealed record RateWindow(int Limit, TimeSpan Window);
