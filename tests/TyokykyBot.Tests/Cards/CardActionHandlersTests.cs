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
    public void Constructor_VerbRegisteredTwice_ThrowsNamingBothHandlers()
    {
        CardActionHandlerType[] handlers =
        [
            new(typeof(ConveneActionHandler), [CardVerbs.ConveneSubmit]),
            new(typeof(ConsentActionHandler), [CardVerbs.ConsentGive, CardVerbs.ConveneSubmit]),
        ];

        var error = Assert.Throws<InvalidOperationException>(() => new CardActionHandlers(handlers));

        Assert.Contains(CardVerbs.ConveneSubmit, error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ConveneActionHandler), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ConsentActionHandler), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Owner_UnknownVerb_IsNull()
    {
        var handlers = new CardActionHandlers([new(typeof(ConveneActionHandler), [CardVerbs.ConveneSubmit])]);

        Assert.Null(handlers.Owner("no.such.verb"));
        Assert.Equal(typeof(ConveneActionHandler), handlers.Owner(CardVerbs.ConveneSubmit));
    }

    [Fact]
    public void App_EveryVerb_HasAnOwnerThatResolves()
    {
        using var app = new TyokykyApp();
        var handlers = app.Services.GetRequiredService<CardActionHandlers>();
        using var scope = app.Services.CreateScope();

        Assert.All(CardVerbs.All, verb =>
        {
            var owner = handlers.Owner(verb);
            Assert.NotNull(owner);
            Assert.IsType(owner, scope.ServiceProvider.GetRequiredService(owner));
        });
    }
}
