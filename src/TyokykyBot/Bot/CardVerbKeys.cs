using TyokykyBot.Features;

namespace TyokykyBot.Bot;

/// <summary>Every registered card verb and the handler that owns it.</summary>
public sealed class CardVerbKeys : HandlerKeys
{
    private readonly HashSet<string> shared = new(StringComparer.Ordinal);

    protected override string What => "Card verb";

    /// <summary>Whether the verb's handler carries it out in a channel or group chat (it says so by <see cref="ICardActionHandler.SharedConversationVerbs"/>).</summary>
    public bool CarriedOutInSharedConversations(string verb) => shared.Contains(verb);

    public void Add(string verb, Type owner, bool inSharedConversations)
    {
        Add(verb, owner);
        if (inSharedConversations)
        {
            shared.Add(verb);
        }
    }
}
