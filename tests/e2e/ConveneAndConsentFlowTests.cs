namespace TyokykyBot.E2E;

/// <summary>
/// The walk-through a person does with script/server, in three windows: the supervisor convenes,
/// the employee consents privately, the supervisor sees that consent was given and nothing of what.
/// The steps are <see cref="CaseSteps"/>, so the cards' wording can change without touching this test.
/// </summary>
public sealed class ConveneAndConsentFlowTests(BotAndThreeWindows apps) : IClassFixture<BotAndThreeWindows>
{
    [Fact]
    public Task Convene_EmployeeConsents_SupervisorSeesConsentGivenWithoutTopics() => PlaygroundWindows.RunAsync(apps, async windows =>
    {
        var (supervisor, employee, oh) =
            (windows[Participant.Supervisor], windows[Participant.Employee], windows[Participant.OccupationalHealth]);
        await CaseSteps.WaitForWelcomesAsync(supervisor, employee, oh);

        var today = DateOnly.FromDateTime(DateTime.Today);
        await CaseSteps.ConveneAsync(supervisor, today.AddDays(7), today.AddDays(28));
        await CaseSteps.ConsentAsync(employee);

        var status = await CaseSteps.WaitForConsentGivenAsync(supervisor);
        await CaseSteps.AssertNoTopicShownAsync(supervisor, status.Json);
    });
}
