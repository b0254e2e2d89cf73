using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TyokykyBot.Data;

public static class CaseStoreExtensions
{
    /// <summary>Needs <see cref="Protection.FieldProtectionExtensions.AddFieldProtection"/> and the DbContext.</summary>
    public static IServiceCollection AddCaseStore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CaseRepository>();
        services.AddScoped<MemoRepository>();
        services.AddScoped<ActionRepository>();
        services.AddScoped<CaseFollowUps>();
        return services;
    }
}
