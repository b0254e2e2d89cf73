namespace TyokykyBot.Memos;

public static class MemoApprovalsServiceExtensions
{
    /// <summary>Approval by every participant, corrections and versions, delivery to the consented recipients and retraction.</summary>
    internal static IServiceCollection AddMemoApprovals(this IServiceCollection services) => services;
}
