using TyokykyBot.Localization;
using TyokykyBot.People;

namespace TyokykyBot.Preferences;

/// <summary>The language for a message someone did not ask for: their own choice, else the directory's, else Finnish.</summary>
public sealed class RecipientLanguage(UserLanguageStore languages, IPeopleDirectory directory)
{
    public async Task<UiLanguage> ForAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (await languages.FindChoiceAsync(aadObjectId, cancellationToken) is { } chosen)
        {
            return chosen;
        }

        var person = await directory.FindByAadObjectIdAsync(aadObjectId, cancellationToken);
        return UiLanguage.Parse(person?.DefaultLanguage) ?? UiLanguage.Finnish;
    }
}
