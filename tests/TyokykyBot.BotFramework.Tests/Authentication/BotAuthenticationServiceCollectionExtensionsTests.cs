using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.BotFramework.Authentication;

namespace TyokykyBot.BotFramework.Tests.Authentication;

public class BotAuthenticationServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBotAuthentication_Resolved_IsSingletonOnSystemClock()
    {
        var services = new ServiceCollection().AddLogging();
        services.Configure<BotOptions>(options => options.AppId = "app");

        using var provider = services.AddBotAuthentication().BuildServiceProvider();

        Assert.IsType<BotTokenValidator>(provider.GetRequiredService<IBotTokenValidator>());
        Assert.Same(provider.GetRequiredService<IBotTokenValidator>(), provider.GetRequiredService<IBotTokenValidator>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        Assert.NotNull(provider.GetRequiredService<IHttpClientFactory>().CreateClient(BotTokenValidator.HttpClientName));
    }

    [Fact]
    public async Task AddBotAuthentication_ReplacedHandler_ServesMetadata()
    {
        var bed = new TokenTestBed();

        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.NotEmpty(bed.Metadata.Requests);
    }
}
