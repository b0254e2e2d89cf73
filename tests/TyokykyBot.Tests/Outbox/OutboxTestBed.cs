using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Outbox;
using TyokykyBot.Testing;
using TyokykyBot.Tests.Data.Protection;
using TyokykyBot.Tests.Integration;

namespace TyokykyBot.Tests.Outbox;

/// <summary>
/// One "process": a host with the real AddTyokykyData and AddOutbox on a real database, a fake
/// clock and scripted handlers. Two beds on one connection string are two instances.
/// </summary>
public sealed class OutboxTestBed : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    /// <summary>One key for every bed, so that two instances on one database read each other's rows.</summary>
    private static readonly string EncryptionKey = TestKeys.New();

    private readonly string? folder;
    private bool running;

    private OutboxTestBed(IHost host, string connectionString, CapturedLogs logs, string? folder)
    {
        Host = host;
        Logs = logs;
        ConnectionString = connectionString;
        this.folder = folder;
    }

    public IHost Host { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => Host.Services;

    public FakeTimeProvider Time => Services.GetRequiredService<FakeTimeProvider>();

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    public ScriptedHandler Handler => Services.GetRequiredService<ScriptedHandler>();

    public CapturedLogs Logs { get; }

    /// <summary>A bed on a fresh database (a SQLite file in a temp folder, or a new PostgreSQL database).</summary>
    public static Task<OutboxTestBed> CreateAsync(
        DatabaseProvider provider, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        string? folder = null;
        string connectionString;
        if (provider == DatabaseProvider.Postgres)
        {
            connectionString = TestPostgres.CreateDatabase();
        }
        else
        {
            folder = Directory.CreateTempSubdirectory("tyokyky-outbox-").FullName;
            connectionString = $"Data Source={Path.Combine(folder, "tyokyky.db")}";
        }

        return OnDatabaseAsync(provider, connectionString, settings, services, folder);
    }

    /// <summary>Another instance on an existing database.</summary>
    public static async Task<OutboxTestBed> OnDatabaseAsync(
        DatabaseProvider provider, string connectionString, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null, string? ownedFolder = null)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Tyokyky"] = connectionString,
            ["Outbox:JitterRatio"] = "0",
            ["Outbox:BackoffBase"] = "00:00:10",
            ["Encryption:Key"] = EncryptionKey,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddTyokykyData();
        builder.AddFieldProtection();
        builder.AddOutbox();
        var handler = new ScriptedHandler();
        var logs = new CapturedLogs();
        builder.Services.AddSingleton(new FakeTimeProvider(Start));
        builder.Services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<FakeTimeProvider>());
        builder.Services.AddSingleton(handler);
        builder.Services.AddOutboxHandler(handler.Kind, typeof(ScriptedHandler), _ => handler);
        builder.Services.AddOutboxHandler<AuditingHandler>(AuditingHandler.AuditKind);
        builder.Logging.SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        services?.Invoke(builder.Services);

        var host = builder.Build();
        await host.Services.MigrateDatabaseAsync();
        return new OutboxTestBed(host, connectionString, logs, ownedFolder);
    }

    /// <summary>Starts the host: the dispatcher's loop runs (unless Outbox:Enabled is false) and options are validated.</summary>
    public async Task StartAsync()
    {
        await Host.StartAsync();
        running = true;
    }

    /// <summary>The process stops; its database stays.</summary>
    public async Task StopAsync()
    {
        if (running)
        {
            running = false;
            await Host.StopAsync(TimeSpan.FromSeconds(5));
        }
    }

    /// <summary>Enqueues through the real writer and commits, as a feature handler would.</summary>
    public async Task<OutboxMessage> EnqueueAsync(string kind = ScriptedHandler.DefaultKind, string target = "aad-target", DateTimeOffset? notBefore = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        var message = writer.Enqueue(kind, target, notBefore: notBefore);
        await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().SaveChangesAsync();
        return message;
    }

    public async Task<OutboxMessage> FindAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Outbox.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async Task<T> WithDbAsync<T>(Func<TyokykyDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TyokykyDbContext>());
    }

    /// <summary>Passes until nothing more is due now.</summary>
    public async Task<int> DrainAsync()
    {
        var total = 0;
        int claimed;
        while ((claimed = await Dispatcher.DispatchDueAsync(CancellationToken.None)) > 0)
        {
            total += claimed;
        }

        return total;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        NpgsqlConnection.ClearAllPools();
        if (folder is not null)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Still held open on some platforms; the OS cleans temp folders.
            }
        }
    }
}
