namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>
/// Every card verb tried by every role: only the allowed person changes anything, whatever the
/// card they clicked on says. Who clicked is the activity's <c>from.aadObjectId</c>.
/// </summary>
public sealed class CardAuthorizationTests(TyokykyApp app) : IClassFixture<TyokykyApp>
{
    private readonly CaseFlowDriver driver = new(app);

    public static TheoryData<string, string> ConsentVerbsByOthers()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in new[] { "consent.give", "consent.decline", "consent.change", "consent.withdraw", "consent.refresh" })
        {
            foreach (var who in new[] { "convener", "oh", "hr", "stranger", "anonymous" })
            {
                data.Add(verb, who);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ConsentVerbsByOthers))]
    public async Task ConsentVerb_ClickedByAnyoneButTheEmployee_ChangesNothingAndIsAudited(string verb, string who)
    {
        var caseId = await ConveneAsync();
        if (verb == "consent.withdraw")
        {
            await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
            await WaitForStateAsync(caseId, "Scheduled");
        }

        var before = await SnapshotAsync(caseId);

        var answer = await driver.ClickAsync(Who(who), verb, CaseFlowDriver.ConsentData(caseId, "working-time", "health-affecting-work"));

        var card = CardJson.CardOf(answer).ToJsonString();
        Assert.DoesNotContain("topic:", card);
        Assert.DoesNotContain("working-time", card);
        var after = await SnapshotAsync(caseId);
        Assert.Equal(before.State, after.State);
        Assert.True(after.AuditCount > before.AuditCount, "the refused attempt is in the audit log");
        Assert.Equal(before.ConsentRecorded, after.ConsentRecorded);
    }

    [Theory]
    [InlineData("consent.give")]
    [InlineData("consent.decline")]
    public async Task ConsentVerb_ClickedByTheEmployee_ChangesState(string verb)
    {
        var caseId = await ConveneAsync();

        await driver.ClickAsync(TestUser.Mikko, verb, CaseFlowDriver.ConsentData(caseId, "working-time"));

        var after = await SnapshotAsync(caseId);
        Assert.Equal(verb == "consent.give" ? "Scheduling" : "Cancelled", after.State);
    }

    [Theory]
    [InlineData("convener", true)]
    [InlineData("employee", true)]
    [InlineData("oh", false)]
    [InlineData("hr", false)]
    [InlineData("stranger", false)]
    [InlineData("anonymous", false)]
    public async Task StatusRefresh_BeforeTheAnswer_OnlyConvenerAndEmployeeKnowTheCase(string who, bool allowed)
    {
        var caseId = await ConveneAsync();
        var code = (await SnapshotAsync(caseId)).Code;

        var card = CardJson.CardOf(await driver.ClickAsync(Who(who), "status.refresh", CaseFlowDriver.CaseData(caseId))).ToJsonString();

        Assert.Equal(allowed, card.Contains(code, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("convener", true)]
    [InlineData("employee", true)]
    [InlineData("oh", true)]
    [InlineData("hr", false)]
    [InlineData("stranger", false)]
    [InlineData("anonymous", false)]
    public async Task StatusRefresh_AfterConsent_OnlyThoseTheConsentCoversSeeTheStatus(string who, bool allowed)
    {
        var caseId = await ConveneAsync();
        await driver.ClickAsync(TestUser.Mikko, "consent.give", CaseFlowDriver.ConsentData(caseId, "working-time"));
        var code = (await SnapshotAsync(caseId)).Code;

        var card = CardJson.CardOf(await driver.ClickAsync(Who(who), "status.refresh", CaseFlowDriver.CaseData(caseId))).ToJsonString();

        Assert.Equal(allowed, card.Contains(code, StringComparison.Ordinal));
    }

    private static TestUser Who(string who) => who switch
    {
        "convener" => TestUser.Aino,
        "employee" => TestUser.Mikko,
        "oh" => TestUser.Johanna,
        "hr" => TestUser.Sanna,
        "stranger" => TestUser.Timo,
        _ => new TestUser("", "Nobody"),
    };

    private async Task<Guid> ConveneAsync()
    {
        var answer = await driver.ConveneAsync(TestUser.Aino, CaseFlowDriver.ConveneData());
        return CardJson.CaseIdIn(CardJson.CardOf(answer));
    }

    private Task<CaseRow> SnapshotAsync(Guid caseId) => CaseRow.ReadAsync(app, caseId);

    private Task WaitForStateAsync(Guid caseId, string state) => CaseRow.WaitForStateAsync(app, caseId, state);
}
