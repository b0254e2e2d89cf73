using TyokykyBot.Features;

namespace TyokykyBot.Outbox;

/// <summary>Every registered outbox kind and the handler that carries it out.</summary>
public sealed class OutboxKindKeys : HandlerKeys
{
    protected override string What => "Outbox kind";
}
