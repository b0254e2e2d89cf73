using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Cards;

public class FieldErrorsTests
{
    [Fact]
    public void Message_EveryErrorCode_IsTranslatedInEveryLanguage()
    {
        foreach (var code in Enum.GetValues<CaseErrorCode>())
        {
            var texts = UiLanguage.All.Select(l => FieldErrors.Message(new(CaseField.Employee, code), l)).ToList();
            Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
            Assert.NotEqual(texts[0], texts[2]);
        }
    }

    [Theory]
    [InlineData(CaseField.WindowEnd, "60")]
    [InlineData(CaseField.Note, "2000")]
    public void Message_TooLongOnFieldWithLimit_NamesTheLimit(string field, string limit)
    {
        Assert.Contains(limit, FieldErrors.Message(new(field, CaseErrorCode.TooLong), UiLanguage.Finnish));
    }

    [Fact]
    public void Message_TooManyParticipants_NamesTheLimitInEveryLanguage()
    {
        Assert.All(UiLanguage.All, l => Assert.Contains(
            ConveneRules.MaxParticipants.ToString(l.Culture), FieldErrors.Message(new(CaseField.Others, CaseErrorCode.TooMany), l)));
    }

    [Fact]
    public void Block_NoErrorForField_IsNull()
    {
        Assert.Null(FieldErrors.Block([new(CaseField.Kind, CaseErrorCode.InvalidValue)], UiLanguage.Finnish, "employee", CaseField.Employee));
    }
}
