using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using TyokykyBot.Consent;
using TyokykyBot.Delivery;
using TyokykyBot.Meetings;
using TyokykyBot.Status;
using TyokykyBot.Data;
using TyokykyBot.Tests.Integration;
using TyokykyBot.Tests.Outbox;

namespace TyokykyBot.Tests.Data;

/// <summary>Cards remembered before they had a subject get the one they showed: the case, or the first meeting's pre-information.</summary>
public sealed class CardSubjectMigrationTests : IDisposable
{
    private const string Migration = "MemosActionsCardSubjects";
    private readonly string _folder = Directory.CreateTempSubdirectory("tyokyky-subject-").FullName;
    private string? _postgres;

    [SkippableTheory]
    [OnBothDatabases]
    public async Task Migrate_CardsWithoutSubject_CaseLevelOrFirstMeeting(DatabaseProvider provider)
    {
        await using (var db = NewContext(provider))
        {
            var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_" + Migration, StringComparison.Ordinal)).Last();
            await db.GetService<IMigrator>().MigrateAsync(before);
            var sqlite = provider == DatabaseProvider.Sqlite;
            object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
            object time = sqlite ? 0L : DateTimeOffset.UnixEpoch;
            var caseId = Guid.NewGuid();
            foreach (var purpose in new[] { StatusMessageKinds.CardPurpose, MeetingMessageKinds.PreInformationPurpose, ConsentMessageKinds.CardPurpose })
            {
                await db.Database.ExecuteSqlRawAsync(
                    """INSERT INTO "CaseCards" ("Id", "CaseId", "Purpose", "RecipientKey", "ProtectedRecipient", "ProtectedConversationId", "ServiceUrl", "ActivityId", "UpdatedAt") VALUES ({0}, {1}, {2}, 'p-key', 'v1.x.y', 'v1.x.z', 'https://smba.example/', {3}, {4})""",
                    Id(Guid.NewGuid()), Id(caseId), purpose, "1:" + purpose, time);
            }

            await db.Database.MigrateAsync();
        }

        await using var check = NewContext(provider);
        var subjects = await check.CaseCards.OrderBy(c => c.Purpose).Select(c => new { c.Purpose, c.Subject }).ToListAsync();
        Assert.Equal(
            [(ConsentMessageKinds.CardPurpose, "case"), (MeetingMessageKinds.PreInformationPurpose, "meeting/1"), (StatusMessageKinds.CardPurpose, "case")],
            subjects.Select(s => (s.Purpose, s.Subject)));
        Assert.Equal([CaseCardSubjects.Case, CaseCardSubjects.Meeting(1)], subjects.Select(s => s.Subject).Distinct().Order());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        if (_postgres is null)
            return;
        NpgsqlConnection.ClearAllPools();
        using var server = new NpgsqlConnection(Environment.GetEnvironmentVariable(TestPostgres.Variable));
        server.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(_postgres).Database}\" WITH (FORCE)", server);
        drop.ExecuteNonQuery();
    }

    private TyokykyDbContext NewContext(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite
        ? new SqliteTyokykyDbContext(new DbContextOptionsBuilder<SqliteTyokykyDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "tyokyky.db")}").Options)
        : new PostgresTyokykyDbContext(new DbContextOptionsBuilder<PostgresTyokykyDbContext>().UseNpgsql(_postgres ??= TestPostgres.CreateDatabase()).Options);
}
