using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Bot;
using TyokykyBot.Consent;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Tests.Telemetry;

public sealed class TelemetryTagsTests
{
    [Theory]
    [InlineData("invoke", "invoke")]
    [InlineData("installationUpdate", "installationUpdate")]
    [InlineData("a:personal-user-id-1", "other")]
    [InlineData(null, "other")]
    public void OfActivityType_Value_KnownOrOther(string? value, string expected) => Assert.Equal(expected, TelemetryTags.OfActivityType(value));

    [Theory]
    [InlineData("consent.give", "consent.give")]
    [InlineData("Mikko Korhonen", "other")]
    [InlineData("", "other")]
    public void OfVerb_Value_RegisteredOrOther(string value, string expected)
    {
        var vocabulary = new ServiceCollection().AddCardActionHandler<ConsentActionHandler>().AddSingleton<TelemetryVocabulary>()
            .BuildServiceProvider().GetRequiredService<TelemetryVocabulary>();

        Assert.Equal(expected, vocabulary.OfVerb(value));
    }

    [Theory]
    [InlineData("msteams", "personal", "msteams", "personal")]
    [InlineData("19:abc@thread.tacv2", "user-id-0", "other", "other")]
    public void OfChannelAndConversationType_Value_KnownOrOther(string channel, string conversationType, string expectedChannel, string expectedType)
    {
        Assert.Equal(expectedChannel, TelemetryTags.OfChannel(channel));
        Assert.Equal(expectedType, TelemetryTags.OfConversationType(conversationType));
    }

    [Theory]
    [InlineData("create event", "create event")]
    [InlineData("users/user-id-0/events", "other")]
    public void OfGraphOperation_Value_KnownOrOther(string value, string expected) => Assert.Equal(expected, TelemetryTags.OfGraphOperation(value));
}
