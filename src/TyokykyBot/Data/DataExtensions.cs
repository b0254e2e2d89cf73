using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TyokykyBot.Data;

public static class DataExtensions
{
    public const string ConnectionStringName = "Tyokyky";

    public static IHostApplicationBuilder AddTyokykyData(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName);
        var services = builder.Services;

        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is Postgres but ConnectionStrings:Tyokyky is empty. Set it, e.g. ConnectionStrings__Tyokyky=\"Host=…;Database=…;Username=…\".");
                }

                services.AddDbContextPool<PostgresTyokykyDbContext>(o => o.UseNpgsql(connectionString));
                services.AddScoped<TyokykyDbContext>(sp => sp.GetRequiredService<PostgresTyokykyDbContext>());
                break;
            default:
                var sqlite = SqliteConnectionString(connectionString, options.DataFolder, builder.Environment.ContentRootPath);
                // One gate per database file: writers queue for it instead of sleeping on SQLITE_BUSY.
                var writeGate = new SqliteWriteGate();
                services.AddDbContextPool<SqliteTyokykyDbContext>(o => o.UseSqlite(sqlite).AddInterceptors(writeGate.Interceptors));
                services.AddScoped<TyokykyDbContext>(sp => sp.GetRequiredService<SqliteTyokykyDbContext>());
                break;
        }

        return builder;
    }

    /// <summary>Applies this provider's migrations; the SQLite file and its folder are created on first run.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }
        }

        // Asking first is cheap; MigrateAsync itself also compares the model with the snapshot,
        // which costs most of a second at every start even when nothing is pending.
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (pending.Any(m => m.EndsWith("_" + PersonIdBackfill.MigrationName, StringComparison.Ordinal)))
        {
            await ActivatorUtilities.CreateInstance<PersonIdBackfill>(scope.ServiceProvider).RunAsync(cancellationToken);
        }

        if (pending.Any(m => m.EndsWith("_" + EmployeeKeyBackfill.MigrationName, StringComparison.Ordinal)))
        {
            await ActivatorUtilities.CreateInstance<EmployeeKeyBackfill>(scope.ServiceProvider).RunAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // WAL lets readers (health checks, lookups) run while the outbox writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static string SqliteConnectionString(string? configured, string dataFolder, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = Path.IsPathRooted(dataFolder) ? dataFolder : Path.Combine(contentRoot, dataFolder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "tyokyky.db") }.ToString();
    }
}
