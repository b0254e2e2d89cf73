using Npgsql;

namespace TyokykyBot.Tests.Integration;

/// <summary>
/// A fresh database on the PostgreSQL that script/test starts (TYOKYKY_TEST_POSTGRES). Without it a
/// test that needs one is reported skipped, saying how to run it; such tests are [SkippableFact] or
/// [SkippableTheory], so that anything else reaching here without the variable fails.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "TYOKYKY_TEST_POSTGRES";

    public const string SkipReason = "PostgreSQL tests need TYOKYKY_TEST_POSTGRES; script/test starts one and sets it";

    public static bool Configured => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable));

    public static string CreateDatabase()
    {
        Skip.IfNot(Configured, SkipReason);
        var server = Environment.GetEnvironmentVariable(Variable)!;

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
