using System.Text.Json;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Localization;

namespace TyokykyBot.People;

/// <summary>
/// The cards' live people search: the <c>application/search</c> invoke of a choice set whose
/// <c>Data.Query</c> names the <see cref="Dataset"/> dataset. Only a member of the organisation may
/// search, and only enabled members are offered (never a guest or an outsider), each as their name
/// and e-mail address, which the convene and consent cards resolve like a typed address. A search
/// names no case, so nothing is audited, and the text typed is never logged.
/// </summary>
public sealed class PeopleSearch(IPeopleDirectory directory)
{
    public const string Dataset = "people";

    /// <summary>One letter would list half the organisation.</summary>
    public const int MinimumLength = 2;

    /// <summary>No name or address is longer; a longer text is not sent to the directory.</summary>
    public const int MaximumLength = 100;

    public async Task<InvokeResponse> AnswerAsync(TurnContext turn, UiLanguage language, CancellationToken cancellationToken)
    {
        var query = Read(turn.Activity);
        var text = query?.QueryText?.Trim() ?? "";
        var searcher = turn.Activity.From?.AadObjectId;
        if (query?.Dataset != Dataset || text.Length is < MinimumLength or > MaximumLength || string.IsNullOrWhiteSpace(searcher))
            return SearchResponse.Create([]);
        try
        {
            if (await directory.FindByAadObjectIdAsync(searcher, cancellationToken) is not { External: false })
                return SearchResponse.Create([]);
            var found = await directory.SearchAsync(text, cancellationToken);
            var skip = Math.Max(0, query.QueryOptions?.Skip ?? 0);
            var top = Math.Clamp(query.QueryOptions?.Top ?? SearchResponse.MaxResults, 1, SearchResponse.MaxResults);
            return SearchResponse.Create(found
                .Where(p => !p.External && !string.IsNullOrWhiteSpace(p.AadObjectId) && Address(p) is not null)
                .DistinctBy(p => Address(p), StringComparer.OrdinalIgnoreCase)
                .OrderBy(p => p.DisplayName, StringComparer.Create(language.Culture, ignoreCase: true))
                .Skip(skip).Take(top)
                .Select(p => new SearchResult(p.DisplayName, Address(p)!)));
        }
        catch (DirectoryUnavailableException)
        {
            return InvokeResponse.Error(503, "DirectoryUnavailable", Texts.Get("Directory.Unavailable", language));
        }
    }

    /// <summary>The address the cards accept as typed: the e-mail, else the user principal name.</summary>
    private static string? Address(Seeds.DirectoryPerson person) =>
        !string.IsNullOrWhiteSpace(person.Email) ? person.Email
        : !string.IsNullOrWhiteSpace(person.UserPrincipalName) ? person.UserPrincipalName
        : null;

    private static SearchInvokeValue? Read(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
            return null;
        try
        {
            return value.Deserialize(BotJsonContext.Default.SearchInvokeValue);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
