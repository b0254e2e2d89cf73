using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Localization;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Consent;

/// <summary>The employee's two views of their consent: the form, and the summary with change and withdraw.</summary>
public sealed class ConsentViews(SeedCatalog seeds, IPeopleDirectory directory, ConversationReferenceStore conversations, Data.CaseRepository cases)
{
    public async Task<AdaptiveCard> FormAsync(
        Case found, string tenantId, ConsentFormValues? values, IReadOnlyList<ValidationError> errors, UiLanguage language,
        CancellationToken cancellationToken)
    {
        var stewards = await directory.WithRoleAsync(RoleIds.ShopSteward, cancellationToken);
        var employee = found.Employee.Person.AadObjectId is { } aad
            ? await conversations.FindPersonalAsync(tenantId, aad, cancellationToken)
            : null;
        return ConsentCard.Create(new ConsentCardModel
        {
            Case = found,
            Seeds = seeds,
            ShopStewards = stewards,
            // Only the employee's client refreshes the card; their Teams id is known once they have used the bot.
            EmployeeMri = employee?.UserId,
            Values = values,
            Errors = errors,
            // Only the employee sees this card; they decide whether a second case is wanted.
            OtherOpenCases = [.. (await cases.OpenCasesOfAsync(found.Employee.Person.ActorId, cancellationToken))
                .Where(open => open.Id != found.Id).Select(open => open.Code)],
        }, language);
    }

    public AdaptiveCard Summary(Case found, UiLanguage language) => ConsentSummaryCard.Create(found, seeds, language);
}
