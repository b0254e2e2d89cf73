using TyokykyBot.Cards;
using TyokykyBot.Commands;
using TyokykyBot.Localization;

namespace TyokykyBot.Help;

/// <summary>Lists every command the router answers, in the user's language.</summary>
public static class HelpCard
{
    public static AdaptiveCard Create(IEnumerable<Command> commands, UiLanguage language) => AdaptiveCard.Create(
        AdaptiveCard.Title(Texts.Get("Help.Title", language)),
        AdaptiveCard.Text(Texts.Get("Help.Intro", language)),
        AdaptiveCard.Facts(commands.Select(c => (c.Usage(language), Texts.Get(c.HelpKey, language)))),
        AdaptiveCard.Text(Texts.Get("Help.Privacy", language), subtle: true));
}
