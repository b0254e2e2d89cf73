using Microsoft.EntityFrameworkCore;

namespace TyokykyBot.Data;

/// <summary>
/// The bot's store. Each provider has its own subclass so that each keeps its own migration set
/// (<see cref="SqliteTyokykyDbContext"/>, <see cref="PostgresTyokykyDbContext"/>).
/// </summary>
public abstract class TyokykyDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<PersonalConversation> PersonalConversations => Set<PersonalConversation>();

    public DbSet<SharedConversation> SharedConversations => Set<SharedConversation>();

    public DbSet<Installation> Installations => Set<Installation>();

    public DbSet<UserPreference> UserPreferences => Set<UserPreference>();

    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    public DbSet<AuditRecord> AuditLog => Set<AuditRecord>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<CaseCard> CaseCards => Set<CaseCard>();

    public DbSet<LocalCalendarEvent> LocalCalendarEvents => Set<LocalCalendarEvent>();

    public DbSet<MemoRecord> Memos => Set<MemoRecord>();

    public DbSet<MemoApprovalRecord> MemoApprovals => Set<MemoApprovalRecord>();

    public DbSet<ActionRecord> Actions => Set<ActionRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PersonalConversation>(e =>
        {
            e.HasKey(x => new { x.TenantId, x.AadObjectId });
            e.Property(x => x.TenantId).HasMaxLength(100);
            e.Property(x => x.AadObjectId).HasMaxLength(100);
            e.Property(x => x.UserId).HasMaxLength(200);
            e.Property(x => x.ConversationId).HasMaxLength(400);
            e.Property(x => x.ServiceUrl).HasMaxLength(400);
        });
        modelBuilder.Entity<SharedConversation>(e =>
        {
            e.HasKey(x => x.ConversationId);
            e.Property(x => x.ConversationId).HasMaxLength(400);
            e.Property(x => x.ConversationType).HasMaxLength(20);
            e.Property(x => x.TenantId).HasMaxLength(100);
            e.Property(x => x.TeamId).HasMaxLength(400);
            e.Property(x => x.ServiceUrl).HasMaxLength(400);
        });
        modelBuilder.Entity<Installation>(e =>
        {
            e.HasKey(x => x.ConversationId);
            e.Property(x => x.ConversationId).HasMaxLength(400);
        });
        modelBuilder.Entity<UserPreference>(e =>
        {
            e.HasKey(x => x.UserKey);
            e.Property(x => x.UserKey).HasMaxLength(200);
            e.Property(x => x.Language).HasMaxLength(10);
        });
        modelBuilder.Entity<CaseRecord>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.TenantId).HasMaxLength(100);
            e.Property(x => x.State).HasMaxLength(30);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.EmployeeKey).HasMaxLength(40);
            e.HasIndex(x => new { x.EmployeeKey, x.State });
        });
        modelBuilder.Entity<AuditRecord>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.CaseId, x.At });
            e.Property(x => x.Actor).HasMaxLength(600);
            e.Property(x => x.Action).HasMaxLength(60);
            e.Property(x => x.Detail).HasMaxLength(200);
        });
        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.Outcome, x.NextAttemptAt });
            e.Property(x => x.Kind).HasMaxLength(60);
            e.Property(x => x.Target).HasMaxLength(400);
            e.Property(x => x.ProtectedRecipient).HasMaxLength(600);
            e.Property(x => x.Arguments).HasMaxLength(2000);
            e.Property(x => x.Outcome).HasMaxLength(20);
            e.Property(x => x.LastError).HasMaxLength(200);
        });
        modelBuilder.Entity<CaseCard>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.CaseId, x.Purpose, x.Subject, x.RecipientKey }).IsUnique();
            e.Property(x => x.Purpose).HasMaxLength(20);
            e.Property(x => x.Subject).HasMaxLength(60);
            e.Property(x => x.RecipientKey).HasMaxLength(100);
            e.Property(x => x.ProtectedRecipient).HasMaxLength(600);
            e.Property(x => x.ProtectedConversationId).HasMaxLength(800);
            e.Property(x => x.ServiceUrl).HasMaxLength(400);
            e.Property(x => x.ActivityId).HasMaxLength(200);
        });
        modelBuilder.Entity<MemoRecord>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasOne<CaseRecord>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CaseId, x.MeetingNumber, x.Number }).IsUnique();
            e.Property(x => x.State).HasMaxLength(20);
            e.Property(x => x.RowVersion).IsConcurrencyToken();
        });
        modelBuilder.Entity<MemoApprovalRecord>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasOne<MemoRecord>().WithMany().HasForeignKey(x => x.MemoId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.MemoId, x.ParticipantId }).IsUnique();
            e.Property(x => x.Decision).HasMaxLength(30);
            e.Property(x => x.ProtectedComment).HasMaxLength(4000);
        });
        modelBuilder.Entity<ActionRecord>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasOne<CaseRecord>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.CaseId, x.MeetingNumber });
            e.HasIndex(x => new { x.OwnerKey, x.State });
            e.HasIndex(x => new { x.State, x.DueOn });
            e.Property(x => x.OwnerKey).HasMaxLength(100);
            e.Property(x => x.ProtectedOwner).HasMaxLength(600);
            e.Property(x => x.State).HasMaxLength(20);
            e.Property(x => x.RowVersion).IsConcurrencyToken();
        });
        modelBuilder.Entity<LocalCalendarEvent>(e =>
        {
            e.HasKey(x => x.Id);
            e.HasIndex(x => x.TransactionId).IsUnique();
            e.HasIndex(x => new { x.Organizer, x.Start });
            e.Property(x => x.Id).HasMaxLength(100);
            e.Property(x => x.Organizer).HasMaxLength(320);
            e.Property(x => x.TransactionId).HasMaxLength(100);
            e.Property(x => x.JoinUrl).HasMaxLength(400);
        });
    }
}
