namespace TyokykyBot.Bot;

/// <summary>One registered card action handler and the verbs it owns.</summary>
public sealed record CardActionHandlerType(Type Handler, IReadOnlyCollection<string> Verbs);
