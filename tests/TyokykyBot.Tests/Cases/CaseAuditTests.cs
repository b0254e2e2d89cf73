using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class CaseAuditTests
{
    private const string SecretTopic = "mental-health-x";
    private const string SecretNote = "Please do not mention my diagnosis";

    [Fact]
    public void Audit_ConsentLifecycle_OneEntryPerStepWithVersionNumbers()
    {
        var c = Consented();
        c.RecordConsent(Employee, Draft() with { MayShareTopics = true }, Now.AddHours(1));
        c.Withdraw(Employee, Now.AddHours(2));

        Assert.Equal(
            [
                (AuditAction.CaseConvened, ""),
                (AuditAction.ConsentRecorded, "v1"),
                (AuditAction.ConsentRecorded, "v2"),
                (AuditAction.ConsentWithdrawn, "v3"),
            ],
            c.Audit.Select(a => (a.Action, a.Detail)));
        Assert.Equal(Now.AddHours(2), c.Audit[^1].At);
        Assert.Equal("aad-employee", c.Audit[^1].Actor);
    }

    [Fact]
    public void Audit_Decline_DeclinedEntry()
    {
        var c = Convened();

        c.Decline(Employee, Now);

        Assert.Equal(new AuditEntry(Now, "aad-employee", AuditAction.ConsentDeclined, "v1"), c.Audit[^1]);
    }

    [Fact]
    public void Audit_SensitiveConsent_NoTopicNorNoteInAnyEntry()
    {
        var c = Consented(Draft() with { Topics = [SecretTopic], Note = SecretNote, ShopSteward = Steward });
        c.RecordConsent(Supervisor, Draft() with { Topics = [SecretTopic], Note = SecretNote }, Now);

        Assert.Equal(SecretNote, c.LatestConsent!.Note);
        Assert.All(c.Audit, entry =>
        {
            Assert.DoesNotContain(SecretTopic, entry.Detail, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("diagnosis", entry.Detail, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Steward.DisplayName, entry.Detail, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Audit_InvalidDraft_NotAudited()
    {
        var c = Convened();

        c.RecordConsent(Employee, Draft() with { Topics = [] }, Now);

        Assert.Single(c.Audit);
    }
}
