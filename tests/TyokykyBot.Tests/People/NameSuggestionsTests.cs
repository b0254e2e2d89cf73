using TyokykyBot.People;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.People;

public class NameSuggestionsTests
{
    [Theory]
    [InlineData("korhonen", "korhonen", 0)]
    [InlineData("korhnen", "korhonen", 1)]
    [InlineData("virtanen", "virtasen", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_TwoWords_IsLevenshtein(string a, string b, int expected)
    {
        Assert.Equal(expected, NameSuggestions.Distance(a, b));
    }

    [Fact]
    public void Words_FinnishName_LowerCaseWithoutUmlautsSplitAtHyphens()
    {
        Assert.Equal(["elin", "holmstrom", "makinen"], NameSuggestions.Words("Elin Holmström-Mäkinen"));
    }

    [Theory]
    [InlineData("Maija Meikäläinen")]
    [InlineData("Zzz Qwerty")]
    [InlineData("Aino Qwerty")]
    public async Task ForAsync_NothingClose_Empty(string typed)
    {
        Assert.Empty(await NameSuggestions.ForAsync(Dir, typed, CancellationToken.None));
    }

    [Fact]
    public async Task ForAsync_CommonPrefix_AtMostThreeBestFirst()
    {
        var suggestions = await NameSuggestions.ForAsync(Dir, "Ko", CancellationToken.None);

        Assert.InRange(suggestions.Count, 1, NameSuggestions.Max);
        Assert.All(suggestions, p => Assert.Contains(NameSuggestions.Words(p.DisplayName), w => w.StartsWith("ko", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ResolveTypedAsync_Typo_NobodyButSuggestion()
    {
        var match = await Dir.ResolveTypedAsync("Aino Virtane", CancellationToken.None);

        Assert.Equal("Aino Virtanen", match.Person?.DisplayName);
        var typo = await Dir.ResolveTypedAsync("Aino Virtnen", CancellationToken.None);
        Assert.Null(typo.Person);
        Assert.Equal("Aino Virtanen", Assert.Single(typo.Suggestions).DisplayName);
    }

    [Fact]
    public async Task ResolveTypedAsync_SharedWord_AmbiguousWithCandidatesByName()
    {
        var match = await Dir.ResolveTypedAsync("nen", CancellationToken.None);

        Assert.True(match.IsAmbiguous);
        Assert.Equal(match.Candidates.Select(p => p.DisplayName).Order(StringComparer.CurrentCulture), match.Candidates.Select(p => p.DisplayName));
    }

    [Fact]
    public async Task ResolveTypedAsync_UnknownAddress_NoSuggestions()
    {
        var match = await Dir.ResolveTypedAsync("aino.virtane@contoso.example", CancellationToken.None);

        Assert.Equal(TypedMatch.Nobody, match);
    }
}
