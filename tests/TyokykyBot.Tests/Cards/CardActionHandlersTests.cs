using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Bot;
using TyokykyBot.Cards;
using TyokykyBot.Consent;
using TyokykyBot.Convening;
using TyokykyBot.Tests.Integration;

namespace TyokykyBot.Tests.Cards;

public class CardActionHandlersTests
{
    [Fact]
    public void AddCardActionHandler_VerbRegisteredTwice_StopsNamingBothHandlers()
    {
        var services = new ServiceCollection().AddCardActionHandler<ConveneActionHandler>();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddCardActionHandler<SecondConvene>());

        Assert.Contains(ConveneVerbs.Submit, error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ConveneActionHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SecondConvene), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_UnknownVerb_NotRegistered()
    {
        var keys = new ServiceCollection().AddCardActionHandler<ConveneActionHandler>()
            .BuildServiceProvider().GetRequiredService<CardVerbKeys>();

        Assert.False(keys.Contains("no.such.verb"));
        Assert.Equal(typeof(ConveneActionHandler), keys.Owner(ConveneVerbs.Submit));
    }

    [Fact]
    public void App_EveryRegisteredVerb_ResolvesItsOwnHandler()
    {
        using var app = new TyokykyApp();
        var keys = app.Services.GetRequiredService<CardVerbKeys>();
        using var scope = app.Services.CreateScope();

        Assert.Contains(ConsentVerbs.Give, keys.Keys);
        Assert.All(keys.Keys, verb =>
            Assert.IsType(keys.Owner(verb)!, scope.ServiceProvider.GetRequiredKeyedService(typeof(ICardActionHandler), verb)));
    }

    private sealed class SecondConvene : ICardActionHandler
    {
        public static IReadOnlyCollection<string> Verbs { get; } = [ConsentVerbs.Give + ".other", ConveneVerbs.Submit];

        public Task<TyokykyBot.BotFramework.Schema.InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
