namespace TyokykyBot.Cases;

public enum AuditAction
{
    CaseConvened,
    ConsentRecorded,
    ConsentDeclined,
    ConsentWithdrawn,
    ConsentRefused,
}
