using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Commands;
using TyokykyBot.Help;
using TyokykyBot.Localization;
using TyokykyBot.Tests.Integration;

namespace TyokykyBot.Tests.Commands;

public class CommandHandlersTests
{
    [Fact]
    public void AddCommandHandler_CommandRegisteredTwice_ThrowsNamingBothHandlers()
    {
        var services = new ServiceCollection().AddCommandHandler<HelpCommandHandler>();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddCommandHandler<SecondHelp>());

        Assert.Contains(nameof(HelpCommandHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SecondHelp), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCommandHandler_WordOfAnotherCommand_Throws()
    {
        var services = new ServiceCollection().AddCommandHandler<HelpCommandHandler>();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddCommandHandler<HelpAlias>());

        Assert.Contains("'help'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void App_EveryRegisteredCommand_ResolvesItsOwnHandler()
    {
        using var app = new TyokykyApp();
        var catalog = app.Services.GetRequiredService<CommandCatalog>();
        var keys = app.Services.GetRequiredService<CommandKeys>();
        using var scope = app.Services.CreateScope();

        Assert.NotEmpty(catalog.All);
        Assert.All(catalog.All, command =>
            Assert.IsType(keys.Owner(command.Name)!, scope.ServiceProvider.GetRequiredKeyedService(typeof(ICommandHandler), command.Name)));
    }

    private sealed class SecondHelp : ICommandHandler
    {
        public static Command Command => HelpCommandHandler.Command;

        public Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class HelpAlias : ICommandHandler
    {
        public static Command Command { get; } = new("ohjeet", ["help"], "Help.Help", new Dictionary<string, string>());

        public Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
