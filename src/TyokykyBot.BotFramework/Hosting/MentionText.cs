using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Hosting;

/// <summary>
/// Channel messages reach a bot only with its @mention in the text ("&lt;at&gt;Bot&lt;/at&gt; apua").
/// For each mention entity of the recipient, remove the entity's own text (Teams may render it as
/// "&lt;at&gt;@Name&lt;/at&gt;"), or "&lt;at&gt;name&lt;/at&gt;" when the entity has none; then trim.
/// </summary>
public static class MentionText
{
    public static string RemoveRecipientMention(Activity activity)
    {
        var text = activity.Text ?? "";
        if (activity.Entities is null || activity.Recipient?.Id is not { } botId)
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)
                || !string.Equals(entity.Mentioned?.Id, botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mention = entity.Text ?? $"<at>{entity.Mentioned?.Name}</at>";
            text = Remove(text, mention);
        }

        return text.Trim();
    }

    private static string Remove(string text, string fragment)
    {
        if (fragment.Length == 0)
        {
            return text;
        }

        int index;
        while ((index = text.IndexOf(fragment, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            text = text.Remove(index, fragment.Length);
        }

        return text;
    }
}
