using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TyokykyBot.Bench.Load;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Consent;
using TyokykyBot.Convening;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Outbox;

namespace TyokykyBot.Bench.Scenarios;

/// <summary>
/// Puts the organisation into the bot through its real interface (each person opens the bot; each
/// supervisor convenes a case for their employee) and writes the request bodies the scenarios send.
/// </summary>
internal sealed class BotSession(BotUnderTest bot, BenchPeople people, Activities activities, IReadOnlyList<string> topics)
{
    public const string ConveneCommand = "/neuvottelu";

    private static readonly IOptions<EncryptionOptions> BotKeys = Options.Create(new EncryptionOptions { Key = BotUnderTest.EncryptionKey });

    private readonly PersonPseudonyms pseudonyms = new(BotKeys);
    private readonly AesGcmFieldProtector protector = new(BotKeys);

    private long sent;

    /// <summary>The case of each employee, by the employee's AAD object id.</summary>
    public Dictionary<string, Guid> CaseByEmployee { get; } = [];

    /// <summary>Activities the seeding sent.</summary>
    public long SeedActivities => Interlocked.Read(ref sent);

    public async Task SeedAsync(int parallel, TimeSpan drainTimeout)
    {
        var token = bot.Token();
        // Everyone has opened the bot before (the app is installed for the organisation), so the load
        // meets known chats, not first contacts.
        await ForEachAsync(people.Everyone, parallel * 2, user => ExpectOkAsync(activities.InstallationUpdate(user), token, "installationUpdate"));
        var windowStart = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var windowEnd = DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await ForEachAsync(Enumerable.Range(0, people.Employees.Count), parallel, async i =>
        {
            var data = new JsonObject
            {
                [ConveneFields.ConvenerRole] = "supervisor",
                [ConveneFields.Employee] = people.Employees[i].AadObjectId,
                [ConveneFields.OccupationalHealth] = people.NurseOf(i).AadObjectId,
                [ConveneFields.Kind] = ConveneFields.KindFirst,
                [ConveneFields.WindowStart] = windowStart,
                [ConveneFields.WindowEnd] = windowEnd,
                [ConveneFields.Length] = "90",
                [ConveneFields.Mode] = ConveneFields.ModeRemote,
            };
            await ExpectOkAsync(activities.Invoke(people.Supervisors[i], ConveneVerbs.Submit, data), token, "convene");
        });

        var drained = await DrainAsync(drainTimeout);
        if (!drained.Complete)
        {
            throw new InvalidOperationException($"The outbox still had {drained.Left} messages {drainTimeout} after the cases were convened.");
        }

        await using var db = bot.Database.Open();
        var deliveries = await db.Outbox.AsNoTracking()
            .Where(m => m.Kind == ConsentMessageKinds.DeliverCard && m.Outcome == OutboxOutcomes.Sent)
            .Select(m => new { m.Target, m.CaseId })
            .ToListAsync();
        // The outbox names a person about a case only by their keyed pseudonym.
        var employees = people.Employees.ToDictionary(e => pseudonyms.Of(e.AadObjectId), e => e.AadObjectId);
        foreach (var delivery in deliveries)
        {
            CaseByEmployee[employees.GetValueOrDefault(delivery.Target, delivery.Target)] = delivery.CaseId!.Value;
        }

        if (CaseByEmployee.Count != people.Employees.Count)
        {
            throw new InvalidOperationException($"Only {CaseByEmployee.Count} of {people.Employees.Count} consent cards reached the employees.");
        }
    }

    /// <summary>(a): everyone in turn types the convene command in their personal chat.</summary>
    public string WriteConveneMessages(string folder) =>
        WriteLines(folder, "messages.jsonl", people.Everyone.Select(u => activities.Message(u, ConveneCommand)));

    /// <summary>
    /// (b): every employee in turn gives consent on their case's card. The first round records a
    /// version each; later rounds repeat the same answer, which records only that it came
    /// (<c>ConsentRepeated</c>). Two answers per employee in one file would meet in wrk's threads,
    /// which start at evenly spaced places in it.
    /// </summary>
    public string WriteConsentInvokes(string folder) => WriteLines(folder, "consent.jsonl", ConsentInvokes());

    /// <summary>(c): nine messages, then one consent invoke, over and over.</summary>
    public string WriteMixed(string folder)
    {
        var messages = people.Everyone.Select(u => activities.Message(u, ConveneCommand)).ToList();
        var invokes = ConsentInvokes().ToList();
        var lines = new List<JsonObject>();
        for (int m = 0, i = 0; m < messages.Count; m += 9, i++)
        {
            lines.AddRange(messages.Skip(m).Take(9));
            lines.Add(invokes[i % invokes.Count]);
        }

        return WriteLines(folder, "mixed.jsonl", lines);
    }

    public static async Task<int> CountConsentsRecordedAsync(TyokykyDbContext db) =>
        await db.AuditLog.CountAsync(a => a.Action == nameof(AuditAction.ConsentRecorded) || a.Action == nameof(AuditAction.ConsentRepeated));

    /// <summary>Waits until no outbox message is due (or the time is up); pre-information waits for its day.</summary>
    public Task<(bool Complete, int Left, TimeSpan Took)> DrainAsync(TimeSpan timeout) =>
        WaitAsync(timeout, db =>
        {
            var now = DateTimeOffset.UtcNow;
            return db.Outbox.CountAsync(m => m.Outcome == null && m.NextAttemptAt <= now);
        });

    /// <summary>Waits until every notice of (e) has an outcome; Left is how many are not sent.</summary>
    public async Task<(bool Complete, int Left, TimeSpan Took)> WaitForNoticesAsync(TimeSpan timeout)
    {
        var waited = await WaitAsync(timeout, db => db.Outbox.CountAsync(m => m.Kind == ConveneMessageKinds.Notify && m.Outcome == null));
        await using var db = bot.Database.Open();
        var notSent = await db.Outbox.CountAsync(m => m.Kind == ConveneMessageKinds.Notify && m.Outcome != OutboxOutcomes.Sent);
        return (waited.Complete && notSent == 0, notSent, waited.Took);
    }

    private async Task<(bool Complete, int Left, TimeSpan Took)> WaitAsync(TimeSpan timeout, Func<TyokykyDbContext, Task<int>> pending)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using var db = bot.Database.Open();
            var left = await pending(db);
            if (left == 0 || watch.Elapsed >= timeout)
            {
                return (left == 0, left, watch.Elapsed);
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// (e)'s load, written straight into the outbox as a reminder run would leave it: each convener
    /// gets <paramref name="perUser"/> notices, all of one person's together.
    /// </summary>
    public async Task<int> SeedNoticesAsync(int users, int perUser)
    {
        await using var db = bot.Database.Open();
        var start = DateTimeOffset.UtcNow;
        var n = 0;
        for (var u = 0; u < users; u++)
        {
            var convener = people.Supervisors[u];
            var caseId = CaseByEmployee[people.Employees[u].AadObjectId];
            for (var k = 0; k < perUser; k++)
            {
                var createdAt = start.AddMilliseconds(n++);
                db.Outbox.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(createdAt),
                    Kind = ConveneMessageKinds.Notify,
                    // Addressed as the bot addresses a person about a case: pseudonym, and the id encrypted.
                    Target = pseudonyms.Of(convener.AadObjectId),
                    ProtectedRecipient = protector.Protect(convener.AadObjectId),
                    CaseId = caseId,
                    Arguments = CaseMessageArguments.ForNotice("Meeting.NoSlot", NoticeMark(u, k)),
                    CreatedAt = createdAt,
                    NextAttemptAt = start,
                });
            }
        }

        await db.SaveChangesAsync();
        return n;
    }

    /// <summary>What makes notice k of user u recognisable in the text the connector receives.</summary>
    public static string NoticeMark(int user, int k) => $"bench-{user}-{k}";

    public BenchUser Convener(int user) => people.Supervisors[user];

    private IEnumerable<JsonObject> ConsentInvokes() => people.Employees.Select(ConsentInvoke);

    private JsonObject ConsentInvoke(BenchUser employee)
    {
        var data = new JsonObject
        {
            [CardData.CaseIdKey] = CaseByEmployee[employee.AadObjectId].ToString(),
            [ConsentFields.Remote] = ConsentFields.RemoteAccepted,
            [CaseField.Note] = "",
        };
        foreach (var topic in topics.Take(2))
        {
            data["topic:" + topic] = "true";
        }

        return activities.Invoke(employee, ConsentVerbs.Give, data);
    }

    private async Task ExpectOkAsync(JsonObject activity, string token, string what)
    {
        var (status, body) = await bot.PostAsync(activity, token);
        Interlocked.Increment(ref sent);
        if (status is < 200 or > 299)
        {
            throw new InvalidOperationException($"{what} answered {status}: {body}");
        }
    }

    private static async Task ForEachAsync<T>(IEnumerable<T> items, int parallel, Func<T, Task> body) =>
        await Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (item, _) => await body(item));

    private static string WriteLines(string folder, string name, IEnumerable<JsonObject> activities)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, activities.Select(a => a.ToJsonString()));
        return path;
    }
}
