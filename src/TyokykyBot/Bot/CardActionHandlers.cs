using System.Collections.Frozen;

namespace TyokykyBot.Bot;

/// <summary>Which handler type owns each verb: built once, so a turn constructs only the handler it runs.</summary>
public sealed class CardActionHandlers
{
    private readonly FrozenDictionary<string, Type> byVerb;

    public CardActionHandlers(IEnumerable<CardActionHandlerType> handlers)
    {
        var owners = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var (handler, verbs) in handlers)
        {
            foreach (var verb in verbs)
            {
                if (!owners.TryAdd(verb, handler))
                {
                    throw new InvalidOperationException($"Card verb '{verb}' is registered by both {owners[verb].Name} and {handler.Name}.");
                }
            }
        }

        byVerb = owners.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public Type? Owner(string verb) => byVerb.GetValueOrDefault(verb);
}
