using TyokykyBot.Cards;
using TyokykyBot.Localization;

namespace TyokykyBot.Welcome;

public static class WelcomeCard
{
    public static AdaptiveCard Create(UiLanguage language) => AdaptiveCard.Create(
        AdaptiveCard.Title(Texts.Get("Welcome.Title", language)),
        AdaptiveCard.Text(Texts.Get("Welcome.Body", language)),
        AdaptiveCard.Text(Texts.Get("Welcome.Next", language)),
        AdaptiveCard.Text(Texts.Get("Help.Privacy", language), subtle: true));
}
