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

// The seeds load on their own thread meanwhile; a bad seed file stops the app here, before it serves.
await Task.WhenAll(app.Services.MigrateDatabaseAsync(), app.Services.WaitForSeedsAsync());

app.MapHealthEndpoints();
app.MapBotMessages("/api/messages");

app.Run();
