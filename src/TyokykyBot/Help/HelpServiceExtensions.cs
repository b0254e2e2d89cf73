using TyokykyBot.Commands;
using TyokykyBot.Preferences;

namespace TyokykyBot.Help;

public static class HelpServiceExtensions
{
    /// <summary>"apua" (every registered command, in the user's language) and "kieli" (the user's language choice).</summary>
    public static IHostApplicationBuilder AddHelp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddCommandHandler<HelpCommandHandler>();
        builder.Services.AddCommandHandler<LanguageCommandHandler>();
        return builder;
    }
}
