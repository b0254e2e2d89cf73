namespace TyokykyBot.Memos;

public static class MemoExportServiceExtensions
{
    /// <summary>The final memo as a PDF through Teams' file consent flow.</summary>
    internal static IServiceCollection AddMemoExport(this IServiceCollection services) => services;
}
