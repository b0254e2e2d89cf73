using TyokykyBot.People;
using TyokykyBot.Seeds;
using TyokykyBot.Cases;

namespace TyokykyBot.Convening;

/// <summary>Fills a <see cref="ConveneCardModel"/> from the directory, for a new card or one sent back with errors.</summary>
public sealed class ConveneCardModelBuilder(IPeopleDirectory directory, SeedCatalog seeds)
{
    public async Task<ConveneCardModel> BuildAsync(
        string? convenerAadObjectId,
        ConveneFormValues? values,
        IReadOnlyList<ValidationError>? errors,
        CancellationToken cancellationToken)
    {
        var roles = await ConvenerRoles.ForAsync(directory, convenerAadObjectId, cancellationToken);
        var shown = new List<ValidationError>(errors ?? []);
        // A too-long value is not sent back: the card's own maxLength would cut it anyway.
        values = values is null ? null : ConveneLimits.Enforce(values, []);
        if (roles.Count == 0 && !shown.Any(e => e.Field == CaseField.Convener))
            shown.Insert(0, new(CaseField.Convener, CaseErrorCode.RoleNotAllowed));
        var known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in (string?[])[values?.Employee, values?.Supervisor])
        {
            if (!string.IsNullOrWhiteSpace(value) && await directory.FindByChoiceValueAsync(value, cancellationToken) is { } person)
                known[value] = person.DisplayName;
        }

        return new ConveneCardModel
        {
            ConvenerRoles = [.. roles.Select(seeds.FindRole).OfType<RoleDefinition>()],
            OccupationalHealth = await WithRolesAsync([RoleIds.OhPhysician, RoleIds.OhNurse], cancellationToken),
            Proposable = await WithRolesAsync([RoleIds.Hr, RoleIds.Other], cancellationToken),
            Roles = seeds.Roles,
            KnownNames = known,
            Values = values ?? new ConveneFormValues(),
            Errors = shown,
        };
    }

    private async Task<IReadOnlyList<DirectoryPerson>> WithRolesAsync(string[] roleIds, CancellationToken cancellationToken)
    {
        var people = new List<DirectoryPerson>();
        foreach (var roleId in roleIds)
            people.AddRange(await directory.WithRoleAsync(roleId, cancellationToken));
        return [.. people.DistinctBy(p => p.Id)];
    }
}
