using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Commands;
using TyokykyBot.Help;
using TyokykyBot.Preferences;
using TyokykyBot.Tests.Integration;

namespace TyokykyBot.Tests.Commands;

public class CommandHandlersTests
{
    [Fact]
    public void Constructor_CommandRegisteredTwice_ThrowsNamingBothHandlers()
    {
        CommandHandlerType[] handlers =
        [
            new(typeof(HelpCommandHandler), CommandId.Help),
            new(typeof(LanguageCommandHandler), CommandId.Help),
        ];

        var error = Assert.Throws<InvalidOperationException>(() => new CommandHandlers(handlers));

        Assert.Contains(nameof(HelpCommandHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(LanguageCommandHandler), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void App_EveryCommand_HasAnOwnerThatResolves()
    {
        using var app = new TyokykyApp();
        var handlers = app.Services.GetRequiredService<CommandHandlers>();
        using var scope = app.Services.CreateScope();

        Assert.All(Enum.GetValues<CommandId>(), command =>
        {
            var owner = handlers.Owner(command);
            Assert.NotNull(owner);
            Assert.IsType(owner, scope.ServiceProvider.GetRequiredService(owner));
        });
    }
}
