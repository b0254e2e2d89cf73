// The durable-write floor for bench/run's consent scenario (b): the least any bot must do to record
// a click so that it survives a crash, and nothing else. It reads the invoke's from.aadObjectId and,
// in one transaction, reads that person's row, writes it back with a new 4 KB payload, adds one
// audit row and two outbox rows, commits, and only then answers 200 with a small invoke response.
// No JWT, no encryption, no JSON of a case, no card, no ORM, no outbox work.
//   SQLite (default): DATA_FOLDER holds a new database on every start; WAL, synchronous left at the
//     library's FULL as TyokykyBot runs it; one writer at a time, as SQLite allows.
//   PostgreSQL: POSTGRES is a connection string to a server with its durable defaults; the tables
//     are created anew on every start; writers run concurrently (the server commits them in groups).
using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Bench.Peers.Durable;
using Microsoft.Data.Sqlite;
using Npgsql;

var port = int.Parse(Environment.GetEnvironmentVariable("PORT") ?? "3978", CultureInfo.InvariantCulture);
var store = Environment.GetEnvironmentVariable("POSTGRES") is { Length: > 0 } postgres
    ? DurableStore.Postgres(postgres)
    : DurableStore.Sqlite(Environment.GetEnvironmentVariable("DATA_FOLDER") ?? Path.Combine(Path.GetTempPath(), "bench-durable"));
await store.CreateAsync();

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));

var app = builder.Build();

app.MapPost("/api/messages", async (HttpRequest request, CancellationToken ct) =>
{
    string? person;
    try
    {
        using var activity = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        person = activity.RootElement.TryGetProperty("from", out var from) && from.TryGetProperty("aadObjectId", out var aad)
            ? aad.GetString()
            : null;
    }
    catch (JsonException)
    {
        return Results.BadRequest();
    }

    if (string.IsNullOrEmpty(person))
    {
        return Results.BadRequest();
    }

    await store.RecordAsync(person, ct);
    return Results.Text("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"ok"}""", "application/json");
});
app.MapGet("/readyz", () => Results.Ok());
// For the driver's check that every request left its trace.
app.MapGet("/count", async () => Results.Text((await store.CountAsync()).ToString(CultureInfo.InvariantCulture)));

app.Run();

namespace Bench.Peers.Durable
{
    internal sealed class DurableStore
    {
        private const int PayloadBytes = 4096;
        private readonly Func<DbConnection> open;
        private readonly string schema;
        private readonly SemaphoreSlim? writer;

        /// <summary>The tables' names: SQLite's own file needs no prefix, a shared PostgreSQL database does.</summary>
        private readonly (string Cases, string Audit, string Outbox) tables;

        private DurableStore(Func<DbConnection> open, (string, string, string) tables, string schema, SemaphoreSlim? writer)
        {
            this.open = open;
            this.tables = tables;
            this.schema = schema;
            this.writer = writer;
        }

        public static DurableStore Sqlite(string folder)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "durable.db");
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }

            return new DurableStore(() => new SqliteConnection($"Data Source={path};Pooling=True"), ("Cases", "Audit", "Outbox"), """
                PRAGMA journal_mode=WAL;
                CREATE TABLE Cases (Person TEXT PRIMARY KEY, Payload BLOB NOT NULL, Version INTEGER NOT NULL);
                CREATE TABLE Audit (Id INTEGER PRIMARY KEY AUTOINCREMENT, Person TEXT NOT NULL, At INTEGER NOT NULL, Action TEXT NOT NULL);
                CREATE TABLE Outbox (Id TEXT PRIMARY KEY, Person TEXT NOT NULL, Kind TEXT NOT NULL, CreatedAt INTEGER NOT NULL);
                """, new SemaphoreSlim(1, 1));
        }

        public static DurableStore Postgres(string connectionString)
        {
            var source = NpgsqlDataSource.Create(connectionString);
            return new DurableStore(source.CreateConnection, ("durable_cases", "durable_audit", "durable_outbox"), """
                DROP TABLE IF EXISTS durable_cases, durable_audit, durable_outbox;
                CREATE TABLE durable_cases (person text PRIMARY KEY, payload bytea NOT NULL, version bigint NOT NULL);
                CREATE TABLE durable_audit (id bigserial PRIMARY KEY, person text NOT NULL, at bigint NOT NULL, action text NOT NULL);
                CREATE TABLE durable_outbox (id text PRIMARY KEY, person text NOT NULL, kind text NOT NULL, created_at bigint NOT NULL);
                """, writer: null);
        }

        public async Task CreateAsync()
        {
            await using var connection = open();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = schema;
            await command.ExecuteNonQueryAsync();
        }

        public async Task RecordAsync(string person, CancellationToken ct)
        {
            var payload = RandomNumberGenerator.GetBytes(PayloadBytes);
            await using var connection = open();
            await connection.OpenAsync(ct);
            long? version;
            await using (var read = connection.CreateCommand())
            {
                read.CommandText = $"SELECT Version FROM {tables.Cases} WHERE Person = @p";
                Add(read, "p", person);
                version = await read.ExecuteScalarAsync(ct) is { } found ? Convert.ToInt64(found, CultureInfo.InvariantCulture) : null;
            }

            if (writer is not null)
            {
                await writer.WaitAsync(ct);
            }

            try
            {
                await using var transaction = await connection.BeginTransactionAsync(ct);
                await using var write = connection.CreateCommand();
                write.Transaction = transaction;
                write.CommandText = (version is null
                    ? $"INSERT INTO {tables.Cases} (Person, Payload, Version) VALUES (@p, @payload, 1);"
                    : $"UPDATE {tables.Cases} SET Payload = @payload, Version = Version + 1 WHERE Person = @p AND Version = @v;")
                    + $"""
                    INSERT INTO {tables.Audit} (Person, At, Action) VALUES (@p, @now, 'ConsentRecorded');
                    INSERT INTO {tables.Outbox} VALUES (@o1, @p, 'meeting.sync', @now);
                    INSERT INTO {tables.Outbox} VALUES (@o2, @p, 'case.statusCards', @now);
                    """;
                Add(write, "p", person);
                Add(write, "payload", payload);
                Add(write, "v", version ?? 0);
                Add(write, "now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
                Add(write, "o1", Guid.CreateVersion7().ToString());
                Add(write, "o2", Guid.CreateVersion7().ToString());
                await write.ExecuteNonQueryAsync(ct);
                await transaction.CommitAsync(ct);
            }
            finally
            {
                writer?.Release();
            }
        }

        /// <summary>Audit rows so far: one per click made durable.</summary>
        public async Task<long> CountAsync()
        {
            await using var connection = open();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {tables.Audit}";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        private static void Add(DbCommand command, string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }
}
