using Microsoft.Extensions.Logging;
using Xunit.Sdk;

namespace TyokykyBot.Tests.Testing;

public class CapturedLogsTests
{
    private readonly CapturedLogs logs = new();

    [Fact]
    public void AssertNoLineContains_SecretOnlyInTheException_Fails()
    {
        logs.CreateLogger("TyokykyBot.Outbox").LogWarning(new InvalidOperationException("for Maija Mäkinen"), "Send failed");

        var error = Assert.Throws<FailException>(() => logs.AssertNoLineContains("Matti", "Maija Mäkinen"));

        Assert.Contains("\"Maija Mäkinen\"", error.Message);
        Assert.Contains("TyokykyBot.Outbox", error.Message);
    }

    [Fact]
    public void AssertNoLineContains_NoLineHasIt_Passes()
    {
        logs.CreateLogger("TyokykyBot.Outbox").LogInformation("Message {Kind} sent on attempt {Attempt}", "consent.deliver", 1);

        logs.AssertNoLineContains("Maija");
    }

    [Fact]
    public void Lines_AfterTheProviderIsDisposed_KeepLevelCategoryAndMessage()
    {
        using (ILoggerFactory factory = LoggerFactory.Create(b => b.AddProvider(logs)))
            factory.CreateLogger("TyokykyBot.Data").LogError("Migration failed");

        Assert.Equal(["Error TyokykyBot.Data: Migration failed"], logs.Lines);
        Assert.Equal(logs.Lines, logs.LinesOf("TyokykyBot.Data"));
        Assert.Empty(logs.LinesOf("TyokykyBot.Outbox"));
    }
}
