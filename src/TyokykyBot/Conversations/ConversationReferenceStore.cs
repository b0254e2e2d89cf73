using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Data;

namespace TyokykyBot.Conversations;

/// <summary>
/// Keeps where each user's personal chat, and each channel or group chat, can be reached later.
/// Writes only when something changed; a memory cache keeps the common case off the database.
/// </summary>
public sealed class ConversationReferenceStore(TyokykyDbContext db, IMemoryCache cache, TimeProvider time)
{
    public async Task RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId
            || activity.ServiceUrl is not { Length: > 0 } serviceUrl
            || ConversationKeys.TenantOf(activity) is not { } tenantId)
        {
            return;
        }

        var type = activity.Conversation.ConversationType ?? ConversationTypes.Personal;
        if (type == ConversationTypes.Personal && activity.Conversation.IsGroup != true)
        {
            if (activity.From is { AadObjectId: { Length: > 0 } aad, Id: { Length: > 0 } userId })
            {
                await RememberPersonalAsync(tenantId, aad, userId, conversationId, serviceUrl, cancellationToken);
            }

            return;
        }

        await RememberSharedAsync(tenantId, ConversationKeys.ChannelOf(conversationId), type,
            activity.ChannelData?.Team?.Id, serviceUrl, cancellationToken);
    }

    public Task<PersonalConversation?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        db.PersonalConversations.AsNoTracking()
            .SingleOrDefaultAsync(p => p.TenantId == tenantId && p.AadObjectId == aadObjectId, cancellationToken);

    private async Task RememberPersonalAsync(
        string tenantId, string aad, string userId, string conversationId, string serviceUrl, CancellationToken cancellationToken)
    {
        var cacheKey = $"personal|{tenantId}|{aad}";
        var fingerprint = $"{userId}|{conversationId}|{serviceUrl}";
        if (cache.TryGetValue(cacheKey, out string? known) && known == fingerprint)
        {
            return;
        }

        using var serialised = await StripedLock.EnterAsync(cacheKey, cancellationToken);
        var row = await db.PersonalConversations
            .SingleOrDefaultAsync(p => p.TenantId == tenantId && p.AadObjectId == aad, cancellationToken);
        if (row is null)
        {
            db.PersonalConversations.Add(new PersonalConversation
            {
                TenantId = tenantId, AadObjectId = aad, UserId = userId, ConversationId = conversationId,
                ServiceUrl = serviceUrl, UpdatedAt = time.GetUtcNow(),
            });
        }
        else if (row.UserId != userId || row.ConversationId != conversationId || row.ServiceUrl != serviceUrl)
        {
            (row.UserId, row.ConversationId, row.ServiceUrl, row.UpdatedAt) = (userId, conversationId, serviceUrl, time.GetUtcNow());
        }

        await SaveIgnoringRaceAsync(cancellationToken);
        Remember(cacheKey, fingerprint);
    }

    private async Task RememberSharedAsync(
        string tenantId, string conversationId, string type, string? teamId, string serviceUrl, CancellationToken cancellationToken)
    {
        var cacheKey = $"shared|{conversationId}";
        var fingerprint = $"{tenantId}|{type}|{teamId}|{serviceUrl}";
        if (cache.TryGetValue(cacheKey, out string? known) && known == fingerprint)
        {
            return;
        }

        using var serialised = await StripedLock.EnterAsync(cacheKey, cancellationToken);
        var row = await db.SharedConversations.SingleOrDefaultAsync(s => s.ConversationId == conversationId, cancellationToken);
        if (row is null)
        {
            db.SharedConversations.Add(new SharedConversation
            {
                ConversationId = conversationId, ConversationType = type, TenantId = tenantId, TeamId = teamId,
                ServiceUrl = serviceUrl, UpdatedAt = time.GetUtcNow(),
            });
        }
        else if (row.TenantId != tenantId || row.ConversationType != type || row.TeamId != teamId || row.ServiceUrl != serviceUrl)
        {
            (row.TenantId, row.ConversationType, row.TeamId, row.ServiceUrl, row.UpdatedAt) =
                (tenantId, type, teamId, serviceUrl, time.GetUtcNow());
        }

        await SaveIgnoringRaceAsync(cancellationToken);
        Remember(cacheKey, fingerprint);
    }

    private async Task SaveIgnoringRaceAsync(CancellationToken cancellationToken)
    {
        if (!db.ChangeTracker.HasChanges())
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two activities of one user arrived together and the other one wrote the same row first.
            db.ChangeTracker.Clear();
        }
    }

    private void Remember(string key, string fingerprint) =>
        cache.Set(key, fingerprint, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
}
