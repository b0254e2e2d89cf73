using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace TyokykyBot.BotFramework.Hosting;

public static class BotEndpointExtensions
{
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, context => context.RequestServices.GetRequiredService<BotRequestHandler>().HandleAsync(context));
}
