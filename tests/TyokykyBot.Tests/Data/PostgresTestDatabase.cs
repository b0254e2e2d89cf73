using Microsoft.EntityFrameworkCore;
using Npgsql;
using TyokykyBot.Data;
using TyokykyBot.Tests.Integration;

namespace TyokykyBot.Tests.Data;

/// <summary>A migrated database of its own on the server named by TYOKYKY_TEST_POSTGRES; dropped afterwards.</summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    private string? _connectionString;

    public TyokykyDbContext NewContext() =>
        new PostgresTyokykyDbContext(new DbContextOptionsBuilder<PostgresTyokykyDbContext>()
            .UseNpgsql(_connectionString ?? throw new InvalidOperationException("The database was not created.")).Options);

    public async Task InitializeAsync()
    {
        _connectionString = TestPostgres.CreateDatabase();
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_connectionString is null)
            return;
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(_connectionString).Database;
        await using var server = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestPostgres.Variable));
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
