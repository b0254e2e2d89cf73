using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Commands;
using TyokykyBot.Conversations;
using TyokykyBot.Localization;

namespace TyokykyBot.Preferences;

/// <summary>"kieli sv", "språk en", "language fi": remembered per user.</summary>
public sealed class LanguageCommandHandler(UserLanguageStore languages, TurnReplies replies) : ICommandHandler
{
    public static Command Command { get; } = new("kieli", ["språk", "sprak", "language"], "Help.Language",
        new Dictionary<string, string> { ["fi"] = "kieli fi | sv | en", ["sv"] = "språk fi | sv | en", ["en"] = "language fi | sv | en" });

    public async Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken)
    {
        if (UiLanguage.Parse(argument) is not { } chosen || ConversationKeys.UserKeyOf(turn.Activity) is not { } userKey)
        {
            await replies.ReplyAsync(turn, Activity.TextMessage(Texts.Get("Language.Usage", language)), cancellationToken);
            return;
        }

        await languages.SaveChoiceAsync(userKey, chosen, cancellationToken);
        await replies.ReplyAsync(turn, Activity.TextMessage(Texts.Get("Language.Changed", chosen)), cancellationToken);
    }
}
