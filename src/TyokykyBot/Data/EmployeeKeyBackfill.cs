using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Data;

/// <summary>
/// The data half of the migration that gave cases their employee pseudonym: cases stored before it
/// get theirs from their own (decrypted) data. Runs once, right after that migration is applied; it
/// only touches cases without one, so running it again changes nothing.
/// </summary>
internal sealed class EmployeeKeyBackfill(TyokykyDbContext db, IFieldProtector protector, PersonPseudonyms pseudonyms)
{
    public const string MigrationName = "CaseEmployeeKey";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var record in await db.Cases.Where(r => r.EmployeeKey == null).ToListAsync(cancellationToken))
        {
            var snapshot = CaseSnapshotJson.Read(protector.UnprotectUtf8(record.ProtectedData));
            if (snapshot.Participants.FirstOrDefault(p => p.Role == Cases.CaseRole.Employee)?.Person.ToPerson().ActorId is { Length: > 0 } employee)
                record.EmployeeKey = pseudonyms.Of(employee);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
