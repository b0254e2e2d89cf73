using TyokykyBot.Seeds;

namespace TyokykyBot.People;

/// <summary>
/// Who is who in the organisation: the seam between the cards and the directory (the seed file
/// for local runs, or Microsoft Graph).
/// </summary>
public interface IPeopleDirectory
{
    Task<DirectoryPerson?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>Case-insensitive.</summary>
    Task<DirectoryPerson?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>People whose display name, e-mail or user principal name contains the text, ignoring case.</summary>
    Task<IReadOnlyList<DirectoryPerson>> SearchAsync(string text, CancellationToken cancellationToken);

    /// <summary>People who can take the role (a roles.json id, see <see cref="RoleIds"/>).</summary>
    Task<IReadOnlyList<DirectoryPerson>> WithRoleAsync(string roleId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DirectoryPerson>> SupervisorsOfAsync(string aadObjectId, CancellationToken cancellationToken);

    /// <summary>
    /// Null when the employer designates no handlers of health data (no group configured, nobody
    /// marked); else whether this person is one of them.
    /// </summary>
    Task<bool?> IsHealthDataHandlerAsync(string aadObjectId, CancellationToken cancellationToken);
}
