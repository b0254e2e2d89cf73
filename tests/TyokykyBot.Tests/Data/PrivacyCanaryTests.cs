using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Tests.Data.Protection;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Data;

/// <summary>
/// Names, e-mails, topics and the consent note carry a unique marker; the database files on disk
/// must not, in any encoding, while the store still reads the case back.
/// </summary>
public sealed class PrivacyCanaryTests : IDisposable
{
    private static readonly Encoding[] Encodings = [Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode];

    private readonly string _canary = "Kanarialintu" + Guid.NewGuid().ToString("N")[..10];
    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Now);
    private static readonly string Key = TestKeys.New();
    private readonly AesGcmFieldProtector _protector = TestKeys.Protector(Key);
    private readonly PersonPseudonyms _pseudonyms = TestKeys.Pseudonyms(Key);

    [Fact]
    public async Task SaveChanges_SensitiveFieldsWithCanary_NoCanaryOnDiskButReadBack()
    {
        var c = SensitiveCase();
        await using (var db = _database.NewContext())
        {
            new CaseRepository(db, _protector, _pseudonyms, _time).Add(c, TestCases.Tenant);
            await db.SaveChangesAsync();
            AssertNoCanaryOnDisk(c.Code);
        }
        SqliteTestDatabase.CloseConnections();

        AssertNoCanaryOnDisk(c.Code);
        await using var check = _database.NewContext();
        var found = (await new CaseRepository(check, _protector, _pseudonyms, _time).FindAsync(c.Id, default))!;
        Assert.Contains(_canary, found.LatestConsent!.Note);
        Assert.Contains(found.AgreedTopics(), t => t.Contains(_canary));
        Assert.Contains(found.MemoRecipients(), p => p.Person.DisplayName.Contains(_canary));
        Assert.Contains(found.Participants, p => p.Person.Email?.Contains(_canary, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task SaveChanges_ConveneAndConsent_AuditRowsWithoutCanary()
    {
        var c = SensitiveCase();
        await using (var db = _database.NewContext())
        {
            new CaseRepository(db, _protector, _pseudonyms, _time).Add(c, TestCases.Tenant);
            await db.SaveChangesAsync();
        }

        await using var check = _database.NewContext();
        var rows = await check.AuditLog.Where(a => a.CaseId == c.Id).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["CaseConvened", "ConsentRecorded"], rows.Select(r => r.Action));
        Assert.All(rows, r => Assert.DoesNotContain(_canary, $"{r.Actor}|{r.Action}|{r.Detail}", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task SaveChanges_MemoApprovalAndActionWithCanary_NoCanaryOnDiskButReadBack()
    {
        var c = SensitiveCase();
        var writer = c.Participants[0].Id;
        var memo = Memo.Draft(c.Id, 1, writer,
            MemoContent.Empty with
            {
                AttendeeIds = [writer],
                Topics = [new MemoTopic("topic-" + _canary, "Yhteenveto " + _canary)],
                Arrangements = new MemoArrangements("Tehtävät " + _canary, new ReducedWorkingTime(50, null, null, true),
                    new WorkTrial("Kokeilu " + _canary, "4 h " + _canary, null, null, "Yhteys " + _canary), "Apuväline " + _canary,
                    new WorkCommunityInfo("Kerrotaan " + _canary, "Kertoja " + _canary)),
                Decisions = "Päätös " + _canary,
                Actions = [new MemoActionItem(Guid.NewGuid(), "Tehdään " + _canary, writer, null, "Otsikko " + _canary)],
            }, Now);
        var owner = $"owner.{_canary}@contoso.fi";
        var action = AgreedAction.Agree(c.Id, 1, owner, new DateOnly(2026, 4, 1),
            new AgreedActionContent("Tehtävä " + _canary, "Otsikko " + _canary, [new ActionNote(writer, Now, "Kommentti " + _canary)]), Now);
        await using (var db = _database.NewContext())
        {
            new CaseRepository(db, _protector, _pseudonyms, _time).Add(c, TestCases.Tenant);
            var memos = new MemoRepository(db, _protector, _time);
            memos.Add(memo);
            memos.AddApproval(new MemoApproval(memo.Id, writer, MemoApprovalDecision.CorrectionRequested, Now, "Korjaa " + _canary));
            new ActionRepository(db, _protector, _pseudonyms, _time).Add(action);
            await db.SaveChangesAsync();
        }
        SqliteTestDatabase.CloseConnections();

        AssertNoCanaryOnDisk(c.Code);
        await using var check = _database.NewContext();
        var memosCheck = new MemoRepository(check, _protector, _time);
        Assert.Contains(_canary, (await memosCheck.FindAsync(memo.Id, default))!.Content.Decisions);
        Assert.Contains(_canary, Assert.Single(await memosCheck.ApprovalsAsync(memo.Id, default)).Comment);
        var actionCheck = (await new ActionRepository(check, _protector, _pseudonyms, _time).FindAsync(action.Id, default))!;
        Assert.Equal(owner, actionCheck.OwnerId);
        Assert.Contains(_canary, actionCheck.Content.Notes[0].Text);
    }

    [Fact]
    public void AssertNoCanaryOnDisk_CanaryWrittenInClear_Fails()
    {
        using (var db = _database.NewContext())
        {
            db.AuditLog.Add(new AuditRecord { At = Now, Actor = "x", Action = "x", Detail = _canary });
            db.SaveChanges();
        }
        SqliteTestDatabase.CloseConnections();

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoCanaryOnDisk(null));
    }

    public void Dispose() => _database.Dispose();

    /// <summary>Insiders act (AAD ids in the audit); everything else about the people carries the canary.</summary>
    private Case SensitiveCase()
    {
        var request = Request() with
        {
            Convener = PersonRef.Insider("aad-supervisor", "Sakari " + _canary, $"sakari.{_canary}@contoso.fi"),
            Employee = PersonRef.Insider("aad-employee", "Eeva " + _canary, $"eeva.{_canary}@contoso.fi"),
            OccupationalHealth = [new(PersonRef.Outsider($"{_canary}@terveys.example", "Lea " + _canary), CaseRole.OhPhysician)],
            Others = [new(PersonRef.Insider("aad-hr", "Heikki " + _canary), CaseRole.Hr)],
        };
        var c = Case.Convene(request, Guid.NewGuid(), Now).Case!;
        var hr = c.Participants.Single(p => p.Role == CaseRole.Hr).Id;
        var draft = new ConsentDraft
        {
            Topics = ["topic-" + _canary],
            AllowedAttendeeIds = [hr],
            ShopSteward = PersonRef.Insider("aad-steward", "Leena " + _canary),
            MemoToShopSteward = true,
            MemoRecipientIds = [hr],
            Note = "Älkää mainitko: " + _canary,
        };
        Assert.True(c.RecordConsent(PersonRef.Insider("aad-employee", "Eeva"), draft, Now).Succeeded);
        return c;
    }

    /// <param name="code">Stored in the clear: finding it proves the files were read and searchable.</param>
    private void AssertNoCanaryOnDisk(string? code)
    {
        var files = Directory.GetFiles(_database.Folder);
        Assert.Contains(_database.File, files);
        var bytes = files.Select(ReadShared).ToList();
        if (code is not null)
            Assert.Contains(bytes, b => b.AsSpan().IndexOf(Encoding.UTF8.GetBytes(code)) >= 0);
        foreach (var variant in new[] { _canary, _canary.ToLowerInvariant(), _canary.ToUpperInvariant() })
        {
            foreach (var encoding in Encodings)
                Assert.All(bytes, b => Assert.True(b.AsSpan().IndexOf(encoding.GetBytes(variant)) < 0, $"canary found ({encoding.WebName})"));
        }
    }

    /// <summary>A -shm or -wal file can vanish between listing and reading when SQLite closes; nothing left to search then.</summary>
    private static byte[] ReadShared(string path)
    {
        if (!File.Exists(path))
            return [];
        try
        {
            return ReadOpen(path);
        }
        catch (FileNotFoundException)
        {
            return [];
        }
    }

    private static byte[] ReadOpen(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
