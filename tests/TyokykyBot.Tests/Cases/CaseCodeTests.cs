using TyokykyBot.Cases;

namespace TyokykyBot.Tests.Cases;

public class CaseCodeTests
{
    [Fact]
    public void From_SameGuid_SameCode()
    {
        Assert.Equal(CaseCode.From(CaseFixture.CaseId), CaseCode.From(CaseFixture.CaseId));
    }

    [Fact]
    public void From_AnyGuid_PrefixAndSixUnambiguousLetters()
    {
        var code = CaseCode.From(Guid.NewGuid());

        Assert.Matches("^TK-[2-9A-HJ-NP-Z]{6}$", code);
    }

    [Fact]
    public void From_Version7GuidsOfOneMoment_DifferentCodes()
    {
        var at = CaseFixture.Now;
        var codes = Enumerable.Range(0, 50).Select(_ => CaseCode.From(Guid.CreateVersion7(at))).ToHashSet();

        Assert.True(codes.Count > 45);
    }

    [Fact]
    public void Convene_Succeeds_CodeDerivedFromCaseId()
    {
        var c = CaseFixture.Convened();

        Assert.Equal(CaseCode.From(CaseFixture.CaseId), c.Code);
        Assert.Equal(CaseFixture.CaseId, c.Id);
    }
}
