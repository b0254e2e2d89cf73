using Npgsql;

namespace TyokykyBot.Tests.Integration;

/// <summary>
/// A fresh database on the PostgreSQL that script/test starts (TYOKYKY_TEST_POSTGRES). Missing
/// means the test fails and says how to run it: storage must be proven on both providers.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "TYOKYKY_TEST_POSTGRES";

    public static string CreateDatabase()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{Variable} is not set. Run script/test (it starts a throwaway PostgreSQL), or set it to a server this test may create databases on, e.g. Host=127.0.0.1;Port=25432;Username=postgres;Database=postgres.");
        }

        var name = "tyokyky_test_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }
}
