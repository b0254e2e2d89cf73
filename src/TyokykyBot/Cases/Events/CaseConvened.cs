namespace TyokykyBot.Cases;

/// <summary>The case was convened, through <paramref name="ServiceUrl"/>; from a channel or group chat when <paramref name="FromSharedConversation"/>.</summary>
public sealed record CaseConvened(string ServiceUrl, bool FromSharedConversation) : CaseEvent;
