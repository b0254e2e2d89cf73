using TyokykyBot.Seeds;

namespace TyokykyBot.People;

/// <summary>The directory of <c>seeds/demo-directory.json</c>, for local runs and tests.</summary>
public sealed class SeedPeopleDirectory(SeedCatalog seeds) : IPeopleDirectory
{
    public Task<DirectoryPerson?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(aadObjectId) ? null : seeds.FindPersonByAadObjectId(aadObjectId.Trim()));

    public Task<DirectoryPerson?> FindByEmailAsync(string email, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(email) ? null : seeds.FindPersonByEmail(email));

    public Task<IReadOnlyList<DirectoryPerson>> SearchAsync(string text, CancellationToken cancellationToken)
    {
        var wanted = text.Trim();
        if (wanted.Length == 0)
            return Task.FromResult<IReadOnlyList<DirectoryPerson>>([]);
        return Task.FromResult<IReadOnlyList<DirectoryPerson>>(
            [.. seeds.People.Where(p => Contains(p.DisplayName, wanted) || Contains(p.Email, wanted) || Contains(p.UserPrincipalName, wanted))]);
    }

    public Task<IReadOnlyList<DirectoryPerson>> WithRoleAsync(string roleId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DirectoryPerson>>(seeds.WithRole(roleId));

    public Task<IReadOnlyList<DirectoryPerson>> SupervisorsOfAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var person = string.IsNullOrWhiteSpace(aadObjectId) ? null : seeds.FindPersonByAadObjectId(aadObjectId.Trim());
        return Task.FromResult<IReadOnlyList<DirectoryPerson>>(person is null ? [] : [.. seeds.SupervisorsOf(person.Id)]);
    }

    /// <summary>The seed designates handlers when anyone in it has the role <see cref="DirectoryRoleIds.HealthDataHandler"/>.</summary>
    public Task<bool?> IsHealthDataHandlerAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (seeds.WithRole(DirectoryRoleIds.HealthDataHandler).IsEmpty)
            return Task.FromResult<bool?>(null);
        var person = string.IsNullOrWhiteSpace(aadObjectId) ? null : seeds.FindPersonByAadObjectId(aadObjectId.Trim());
        return Task.FromResult<bool?>(person?.CanTake(DirectoryRoleIds.HealthDataHandler) == true);
    }

    private static bool Contains(string? value, string text) =>
        value is not null && value.Contains(text, StringComparison.CurrentCultureIgnoreCase);
}
