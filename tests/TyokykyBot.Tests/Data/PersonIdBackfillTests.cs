using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TyokykyBot.Cards;
using TyokykyBot.Data.Protection;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Outbox;
using TyokykyBot.Tests.Data.Protection;
using TyokykyBot.Tests.Integration;
using TyokykyBot.Tests.Outbox;

namespace TyokykyBot.Tests.Data;

/// <summary>A database written before person ids were protected is converted when the migration is applied, and still works.</summary>
public sealed class PersonIdBackfillTests : IDisposable
{
    private const string Person = "5D3B0F6A-2C4E-4B7D-9A1F-8E6C2B4D0A13";
    private const string Chat = "a:1personal-chat-of-the-employee";

    private readonly Guid _caseId = Guid.NewGuid();
    private readonly string _folder = Directory.CreateTempSubdirectory("tyokyky-backfill-").FullName;

    [SkippableTheory]
    [OnBothDatabases]
    public async Task MigrateDatabaseAsync_RowsInThePlainForm_PseudonymisedEncryptedAndReadBack(DatabaseProvider provider)
    {
        using var host = Host(provider);
        await WriteOldRowsAsync(host.Services, provider);

        await host.Services.MigrateDatabaseAsync();

        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TyokykyDbContext>();
        var pseudonym = services.GetRequiredService<PersonPseudonyms>().Of(Person);
        var protector = services.GetRequiredService<IFieldProtector>();
        var cards = services.GetRequiredService<CaseCards>();
        var card = await db.CaseCards.SingleAsync();
        Assert.Equal((pseudonym, Person, Chat), (card.RecipientKey, cards.RecipientOf(card), cards.ConversationOf(card)));
        var messages = await db.Outbox.OrderBy(m => m.Kind).ToListAsync();
        var addresses = services.GetRequiredService<OutboxAddresses>();
        Assert.Equal([(pseudonym, Person), (_caseId.ToString(), null)], messages.Select(m => (m.Target, m.ProtectedRecipient is null ? null : addresses.RecipientOf(m))));
        var audit = await db.AuditLog.SingleAsync();
        Assert.Equal(Person, protector.Unprotect(audit.Actor));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private IHost Host(DatabaseProvider provider)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Tyokyky"] = provider == DatabaseProvider.Postgres
                ? TestPostgres.CreateDatabase()
                : $"Data Source={Path.Combine(_folder, "tyokyky.db")}",
            ["Encryption:Key"] = TestKeys.New(),
        });
        builder.AddTyokykyData();
        builder.AddFieldProtection();
        builder.Services.AddCaseStore();
        builder.Services.AddScoped<CaseCards>();
        builder.AddOutbox();
        return builder.Build();
    }

    /// <summary>The schema just before the pseudonyms, and one row of each kind as that version wrote them.</summary>
    private async Task WriteOldRowsAsync(IServiceProvider services, DatabaseProvider provider)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_" + PersonIdBackfill.MigrationName, StringComparison.Ordinal)).Last();
        await db.GetService<IMigrator>().MigrateAsync(before);

        // As each provider stores them: SQLite keeps Guids as upper-case text and times as 64-bit numbers.
        var sqlite = provider == DatabaseProvider.Sqlite;
        object Id(Guid id) => sqlite ? id.ToString().ToUpperInvariant() : id;
        object time = sqlite ? 0L : DateTimeOffset.UnixEpoch;
        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "CaseCards" ("Id", "CaseId", "Purpose", "RecipientAadObjectId", "ConversationId", "ServiceUrl", "ActivityId", "UpdatedAt") VALUES ({0}, {1}, 'Status', {2}, {3}, 'https://smba.example/', '1:card', {4})""",
            Id(Guid.NewGuid()), Id(_caseId), Person, Chat, time);
        foreach (var (kind, target) in new[] { ("a.person", Person), ("b.case", _caseId.ToString()) })
        {
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Outbox" ("Id", "Kind", "CaseId", "Target", "CreatedAt", "NextAttemptAt", "Attempts") VALUES ({0}, {1}, {2}, {3}, {4}, {4}, 0)""",
                Id(Guid.NewGuid()), kind, Id(_caseId), target, time);
        }

        await db.Database.ExecuteSqlRawAsync(
            """INSERT INTO "AuditLog" ("At", "CaseId", "Actor", "Action", "Detail") VALUES ({0}, {1}, {2}, 'status-viewed', '')""",
            time, Id(_caseId), Person);
    }
}
