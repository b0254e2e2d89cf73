using TyokykyBot.Bot;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Consent;
using TyokykyBot.Convening;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Delivery;
using TyokykyBot.Graph;
using TyokykyBot.Health;
using TyokykyBot.Help;
using TyokykyBot.Meetings;
using TyokykyBot.Memos;
using TyokykyBot.Outbox;
using TyokykyBot.People;
using TyokykyBot.Seeds;
using TyokykyBot.Status;
using TyokykyBot.Telemetry;

var builder = WebApplication.CreateBuilder(args);

// Infrastructure.
builder.AddTelemetry();
builder.AddSeeds();
builder.AddTyokykyData();
builder.AddFieldProtection();
builder.Services.AddCaseStore();
builder.AddOutbox();
builder.AddTyokykyBot();
builder.AddGraphServices();
builder.Services.AddPeopleDirectory();
builder.Services.AddCaseDelivery();

// Features: each registers its commands, card verbs, outbox kinds and what it follows of a case.
builder.AddConvening();
builder.AddConsent();
builder.AddMeetings();
builder.AddStatusCards();
builder.AddMemos();
builder.AddHelp();

var app = builder.Build();

// The seeds load on their own thread meanwhile; a bad seed file stops the app here, before it serves.
await Task.WhenAll(app.Services.MigrateDatabaseAsync(), app.Services.WaitForSeedsAsync());

app.MapHealthEndpoints();
app.MapBotMessages("/api/messages");

app.Run();
