using TyokykyBot.Seeds;

namespace TyokykyBot.People;

/// <summary>Finds the person a card input names: a picker's value, or what the user typed.</summary>
public static class PeopleLookup
{
    /// <summary>A choice carries an AAD object id, or an e-mail for people outside the tenant.</summary>
    public static async Task<DirectoryPerson?> FindByChoiceValueAsync(
        this IPeopleDirectory directory, string value, CancellationToken cancellationToken)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0)
            return null;
        return await directory.FindByAadObjectIdAsync(trimmed, cancellationToken)
            ?? (trimmed.Contains('@') ? await directory.FindByEmailAsync(trimmed, cancellationToken) : null);
    }

    /// <summary>
    /// An e-mail address, an object id, or a name that matches exactly one person. When a name matches several
    /// people, one whose display name is exactly the text still wins; otherwise nobody does,
    /// because guessing who is meant would put a case in the wrong person's hands.
    /// </summary>
    public static async Task<DirectoryPerson?> FindTypedAsync(
        this IPeopleDirectory directory, string text, CancellationToken cancellationToken) =>
        (await MatchAsync(directory, text.Trim(), cancellationToken)).Person;

    /// <summary>
    /// As <see cref="FindTypedAsync"/>, and when nobody wins, why: the people a name fits, or the
    /// closest names when it fits none (a typed address gets no suggestions: it is exact or wrong).
    /// </summary>
    public static async Task<TypedMatch> ResolveTypedAsync(
        this IPeopleDirectory directory, string text, CancellationToken cancellationToken)
    {
        var typed = text.Trim();
        var (person, found) = await MatchAsync(directory, typed, cancellationToken);
        if (person is not null)
            return TypedMatch.Found(person);
        if (found.Count > 1)
            return new(null, [.. found.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)], []);
        return typed.Length == 0 || typed.Contains('@')
            ? TypedMatch.Nobody
            : new(null, [], await NameSuggestions.ForAsync(directory, typed, cancellationToken));
    }

    private static async Task<(DirectoryPerson? Person, IReadOnlyList<DirectoryPerson> Found)> MatchAsync(
        IPeopleDirectory directory, string typed, CancellationToken cancellationToken)
    {
        if (typed.Length == 0)
            return (null, []);
        if (typed.Contains('@'))
            return (await directory.FindByEmailAsync(typed, cancellationToken), []);
        if (await directory.FindByAadObjectIdAsync(typed, cancellationToken) is { } byId)
            return (byId, []);
        var found = await directory.SearchAsync(typed, cancellationToken);
        if (found.Count == 1)
            return (found[0], found);
        var exact = found.Where(p => string.Equals(p.DisplayName, typed, StringComparison.CurrentCultureIgnoreCase)).ToList();
        return (exact.Count == 1 ? exact[0] : null, found);
    }
}
