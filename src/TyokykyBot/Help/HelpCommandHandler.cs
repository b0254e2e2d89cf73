using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Commands;
using TyokykyBot.Conversations;
using TyokykyBot.Localization;

namespace TyokykyBot.Help;

public sealed class HelpCommandHandler(TurnReplies replies, CommandCatalog catalog) : ICommandHandler
{
    public static Command Command { get; } = new("apua", ["help", "ohje", "hjälp", "hjalp"], "Help.Help",
        new Dictionary<string, string> { ["fi"] = "apua", ["sv"] = "hjälp", ["en"] = "help" });

    public Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken) =>
        replies.ReplyAsync(turn, Activity.CardMessage(HelpCard.Create(catalog.All, language), Texts.Get("Help.Title", language)), cancellationToken);
}
