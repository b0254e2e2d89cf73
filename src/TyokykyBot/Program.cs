using TyokykyBot.Bot;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Data;
using TyokykyBot.Health;
using TyokykyBot.Seeds;

var builder = WebApplication.CreateBuilder(args);

builder.AddSeeds();
builder.AddTyokykyData();
builder.AddTyokykyBot();

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();

app.MapHealthEndpoints();
app.MapBotMessages("/api/messages");

app.Run();
