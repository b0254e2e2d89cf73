using Microsoft.EntityFrameworkCore;
using Npgsql;
using TyokykyBot.Data;

namespace TyokykyBot.Bench.Scenarios;

/// <summary>The database one bot run uses: a fresh SQLite file or a fresh PostgreSQL database.</summary>
internal sealed class BotDatabase
{
    private BotDatabase(DatabaseProvider provider, string? connectionString, string dataFolder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        DataFolder = dataFolder;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>PostgreSQL only; SQLite lives in <see cref="DataFolder"/>.</summary>
    public string? ConnectionString { get; }

    public string DataFolder { get; }

    public string Label => Provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";

    public static BotDatabase Sqlite(string dataFolder)
    {
        Directory.CreateDirectory(dataFolder);
        return new BotDatabase(DatabaseProvider.Sqlite, null, dataFolder);
    }

    /// <summary>Creates a new database on the server <paramref name="serverConnectionString"/> points at.</summary>
    public static async Task<BotDatabase> PostgresAsync(string serverConnectionString, string dataFolder)
    {
        var name = "tyokyky_bench_" + Guid.NewGuid().ToString("N")[..8];
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        Directory.CreateDirectory(dataFolder);
        var builder = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name };
        return new BotDatabase(DatabaseProvider.Postgres, builder.ConnectionString, dataFolder);
    }

    public TyokykyDbContext Open()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            return new PostgresTyokykyDbContext(new DbContextOptionsBuilder<PostgresTyokykyDbContext>().UseNpgsql(ConnectionString).Options);
        }

        var file = Path.Combine(DataFolder, "tyokyky.db");
        return new SqliteTyokykyDbContext(new DbContextOptionsBuilder<SqliteTyokykyDbContext>()
            .UseSqlite($"Data Source={file};Default Timeout=60").Options);
    }

    public void AddEnvironment(IDictionary<string, string> environment)
    {
        environment["Database__Provider"] = Provider.ToString();
        environment["Database__DataFolder"] = DataFolder;
        if (ConnectionString is { } connectionString)
        {
            environment["ConnectionStrings__Tyokyky"] = connectionString;
        }
    }
}
