namespace TyokykyBot.Memos;

public static class MemoDraftsServiceExtensions
{
    /// <summary>The secretary's draft: /muistio, the overview and section cards, the medical-word check, preview and sending for approval.</summary>
    internal static IServiceCollection AddMemoDrafts(this IServiceCollection services) => services;
}
