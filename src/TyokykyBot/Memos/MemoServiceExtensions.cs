namespace TyokykyBot.Memos;

public static class MemoServiceExtensions
{
    /// <summary>The meeting's memo: the secretary's draft, approval by every participant, delivery where consent allows, and export.</summary>
    public static IHostApplicationBuilder AddMemos(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddMemoDrafts()
            .AddMemoApprovals()
            .AddMemoExport();
        return builder;
    }
}
