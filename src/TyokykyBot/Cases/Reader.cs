namespace TyokykyBot.Cases;

/// <summary>
/// Who asks the disclosure rule: their AAD object id, and whether the employer lets them process
/// health data (Act on the Protection of Privacy in Working Life 759/2004, 5 §: the employer
/// designates who may). Where the employer designates nobody, everyone may, as the consent allows;
/// where it does, only the designated. The status only ever takes away: the consent still decides.
/// </summary>
public readonly record struct Reader(string? AadObjectId, bool MayProcessHealthData)
{
    /// <summary>For the questions that never reach health detail (standing, controls, the consent decision).</summary>
    public static Reader WithoutHealthData(string? aadObjectId) => new(aadObjectId, false);
}
