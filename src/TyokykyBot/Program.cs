using TyokykyBot.Bot;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Graph;
using TyokykyBot.Health;
using TyokykyBot.Meetings;
using TyokykyBot.Outbox;
using TyokykyBot.Seeds;
using TyokykyBot.Telemetry;

var builder = WebApplication.CreateBuilder(args);

builder.AddTelemetry();
builder.AddSeeds();
builder.AddTyokykyData();
builder.AddFieldProtection();
builder.Services.AddCaseStore();
builder.AddOutbox();
builder.AddTyokykyBot();
builder.AddGraphServices();
builder.AddMeetings();

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();

app.MapHealthEndpoints();
app.MapBotMessages("/api/messages");

app.Run();
