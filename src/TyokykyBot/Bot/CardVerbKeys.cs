using TyokykyBot.Features;

namespace TyokykyBot.Bot;

/// <summary>Every registered card verb and the handler that owns it.</summary>
public sealed class CardVerbKeys : HandlerKeys
{
    protected override string What => "Card verb";
}
