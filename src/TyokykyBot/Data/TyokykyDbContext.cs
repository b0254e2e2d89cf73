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
    }
}
