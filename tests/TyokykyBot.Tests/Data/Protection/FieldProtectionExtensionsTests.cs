using TyokykyBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Tests.Data.Protection;

public sealed class FieldProtectionExtensionsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tyokyky-keys-").FullName;
    private readonly CapturedLogs _logs = new();

    private string KeyFile => Path.Combine(_root, "data", LocalKeyFile.FileName);

    [Fact]
    public async Task AddFieldProtection_SqliteWithoutKey_CreatesOwnerOnlyKeyFileAndWarns()
    {
        using var host = await StartAsync(("Database:Provider", "Sqlite"));

        Assert.True(File.Exists(KeyFile));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        Assert.Contains(_logs.Records, e => e.Level == LogLevel.Warning && e.Text().Contains("Encryption__Key"));
        var protector = host.Services.GetRequiredService<IFieldProtector>();
        Assert.StartsWith($"v1.{TestKeys.IdOf(File.ReadAllText(KeyFile))}.", protector.Protect("x"));
    }

    [Fact]
    public async Task AddFieldProtection_SecondStartWithoutKey_ReusesKeyFile()
    {
        string protectedText;
        using (var first = await StartAsync())
            protectedText = first.Services.GetRequiredService<IFieldProtector>().Protect("sama");
        var key = File.ReadAllText(KeyFile);

        using var second = await StartAsync();

        Assert.Equal(key, File.ReadAllText(KeyFile));
        Assert.Equal("sama", second.Services.GetRequiredService<IFieldProtector>().Unprotect(protectedText));
    }

    [Fact]
    public async Task AddFieldProtection_ConfiguredKey_UsesItAndWritesNoFile()
    {
        var key = TestKeys.New();

        using var host = await StartAsync(("Encryption:Key", key));

        Assert.False(File.Exists(KeyFile));
        Assert.DoesNotContain(_logs.Records, e => e.Level >= LogLevel.Warning);
        Assert.StartsWith($"v1.{TestKeys.IdOf(key)}.", host.Services.GetRequiredService<IFieldProtector>().Protect("x"));
    }

    [Fact]
    public async Task AddFieldProtection_PostgresWithoutKey_RefusesToStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(("Database:Provider", "Postgres")));

        Assert.Contains("Encryption__Key", error.Message);
        Assert.Contains("Postgres", error.Message);
        Assert.False(File.Exists(KeyFile));
    }

    [Fact]
    public async Task AddFieldProtection_ShortKey_RefusesToStartWithoutEchoingIt()
    {
        var shortKey = Convert.ToBase64String(new byte[16]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(("Encryption:Key", shortKey)));

        Assert.Contains("Encryption:Key", error.Message);
        Assert.DoesNotContain(shortKey, error.Message);
    }

    [Fact]
    public async Task AddFieldProtection_BadPreviousKey_RefusesToStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            StartAsync(("Encryption:Key", TestKeys.New()), ("Encryption:PreviousKeys:0", "not-a-key")));

        Assert.Contains("Encryption:PreviousKeys:0", error.Message);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<IHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _root,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)));
        builder.Logging.AddProvider(_logs);
        builder.AddFieldProtection();
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
