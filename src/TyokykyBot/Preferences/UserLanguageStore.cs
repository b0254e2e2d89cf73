using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Localization;

namespace TyokykyBot.Preferences;

/// <summary>
/// The language a user sees: their own choice when they made one, else a Finnish or Swedish client
/// locale, else Finnish.
/// </summary>
public sealed class UserLanguageStore(TyokykyDbContext db, IMemoryCache cache, TimeProvider time)
{
    public async Task<UiLanguage> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var chosen = ConversationKeys.UserKeyOf(activity) is { } userKey ? await FindChoiceAsync(userKey, cancellationToken) : null;
        return chosen ?? UiLanguage.FromClientLocale(activity.Locale) ?? UiLanguage.Finnish;
    }

    public async Task SaveChoiceAsync(string userKey, UiLanguage language, CancellationToken cancellationToken)
    {
        var row = await db.UserPreferences.SingleOrDefaultAsync(p => p.UserKey == userKey, cancellationToken);
        if (row is null)
        {
            db.UserPreferences.Add(new UserPreference { UserKey = userKey, Language = language.Code, UpdatedAt = time.GetUtcNow() });
        }
        else
        {
            (row.Language, row.UpdatedAt) = (language.Code, time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        cache.Set(CacheKey(userKey), language.Code, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
    }

    public async Task<UiLanguage?> FindChoiceAsync(string userKey, CancellationToken cancellationToken)
    {
        if (!cache.TryGetValue(CacheKey(userKey), out string? code))
        {
            code = await db.UserPreferences.AsNoTracking()
                .Where(p => p.UserKey == userKey).Select(p => p.Language).SingleOrDefaultAsync(cancellationToken) ?? "";
            cache.Set(CacheKey(userKey), code, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        }

        return UiLanguage.Parse(code);
    }

    private static string CacheKey(string userKey) => $"language|{userKey}";
}
