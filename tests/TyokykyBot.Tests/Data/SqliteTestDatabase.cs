using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Data;

/// <summary>A migrated SQLite file in its own temporary folder, in WAL mode as the app runs it.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    public SqliteTestDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("tyokyky-db-").FullName;
        File = Path.Combine(Folder, "tyokyky.db");
        using var db = NewContext();
        db.Database.Migrate();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    public string Folder { get; }

    public string File { get; }

    public TyokykyDbContext NewContext() =>
        new SqliteTyokykyDbContext(new DbContextOptionsBuilder<SqliteTyokykyDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = File }.ToString()).Options);

    /// <summary>Closes pooled connections, so the WAL is checkpointed into the file.</summary>
    public static void CloseConnections() => SqliteConnection.ClearAllPools();

    public void Dispose()
    {
        CloseConnections();
        Directory.Delete(Folder, recursive: true);
    }
}
