using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Tests.Data;
using TyokykyBot.Tests.Data.Protection;

namespace TyokykyBot.Tests.Meetings.Calendar;

/// <summary>The local calendar as AddCalendar registers it by default, on a migrated SQLite file.</summary>
public sealed class LocalCalendarHost : IDisposable
{
    private readonly IHost _host;

    public LocalCalendarHost()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var connection = new SqliteConnectionStringBuilder { DataSource = Database.File }.ToString();
        builder.Services.AddDbContext<SqliteTyokykyDbContext>(o => o.UseSqlite(connection));
        builder.Services.AddScoped<TyokykyDbContext>(sp => sp.GetRequiredService<SqliteTyokykyDbContext>());
        var key = TestKeys.New();
        builder.Services.AddSingleton<IFieldProtector>(TestKeys.Protector(key));
        builder.Services.AddSingleton(TestKeys.Pseudonyms(key));
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddCalendar();
        _host = builder.Build();
    }

    public SqliteTestDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));

    public IServiceProvider Services => _host.Services;

    public ICalendar Calendar => _host.Services.GetRequiredService<ICalendar>();

    public void Dispose()
    {
        _host.Dispose();
        Database.Dispose();
    }
}
