using System.Globalization;
using System.Text;
using TyokykyBot.Seeds;

namespace TyokykyBot.People;

/// <summary>
/// The directory's names closest to one nobody has, so that a typo ("Mikko Korhnen") or a missing
/// umlaut is met with "did you mean" rather than a dead end. Every typed word must be near a
/// given or family name: a prefix of it, or a small edit distance away.
/// </summary>
public static class NameSuggestions
{
    public const int Max = 3;

    /// <summary>A name has few words; a long text is not searched word by word against the directory.</summary>
    private const int MaxWords = 4;

    public static async Task<IReadOnlyList<DirectoryPerson>> ForAsync(IPeopleDirectory directory, string typed, CancellationToken cancellationToken)
    {
        var words = Words(typed).Take(MaxWords).ToList();
        var pool = new Dictionary<string, DirectoryPerson>(StringComparer.Ordinal);
        // A typo rarely hits the first two letters; searching by them keeps the pool small.
        foreach (var word in words.Where(w => w.Length >= 2).Select(w => w[..2]).Distinct())
        {
            foreach (var person in await directory.SearchAsync(word, cancellationToken))
                pool.TryAdd(person.Id, person);
        }
        return [.. pool.Values
            .Select(p => (Person: p, Score: Score(words, Words(p.DisplayName))))
            .Where(s => s.Score is not null)
            .OrderBy(s => s.Score).ThenBy(s => s.Person.DisplayName, StringComparer.CurrentCulture)
            .Take(Max)
            .Select(s => s.Person)];
    }

    /// <summary>The sum of each typed word's distance to its nearest name part; null when a word is near none.</summary>
    internal static int? Score(IReadOnlyList<string> typed, IReadOnlyList<string> name)
    {
        if (typed.Count == 0 || name.Count == 0)
            return null;
        var total = 0;
        foreach (var word in typed)
        {
            var best = name.Min(part => part.StartsWith(word, StringComparison.Ordinal) && word.Length >= 2 ? 0 : Distance(word, part));
            if (best > (word.Length <= 4 ? 1 : 2))
                return null;
            total += best;
        }
        return total;
    }

    /// <summary>Lower case, without diacritics (ä as a, ö as o), split at spaces, hyphens, dots and commas.</summary>
    internal static IReadOnlyList<string> Words(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                plain.Append(char.ToLowerInvariant(c));
        }
        return plain.ToString().Split([' ', '-', '.', ',', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Levenshtein distance, one row at a time.</summary>
    internal static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            row[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
