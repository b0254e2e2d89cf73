using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Cases;
using TyokykyBot.Convening;
using TyokykyBot.Meetings.Scheduling;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Convening;

internal static class ConveneFixture
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(2));
    public const string OutsideEmail = "lea.laakari@terveys.example";

    /// <summary>The Playground's default user, as the activity names them.</summary>
    public static readonly PersonRef Convener = PersonRef.Insider(Aino, "Aino Virtanen");

    /// <summary>What the Playground sends: no picker, so the employee is typed; OH chosen and one outside address.</summary>
    public static ConveneFormValues PlaygroundSubmit() => new()
    {
        ConvenerRole = "supervisor",
        EmployeeText = "Mikko Korhonen",
        OccupationalHealth = Johanna,
        OhEmails = OutsideEmail,
        Others = Sanna,
        Kind = "first",
        WindowStart = "2026-03-09",
        WindowEnd = "2026-03-27",
        Length = "90",
        Mode = "remote",
    };

    /// <summary>The scheduler's defaults: 8–16 on working days, one working day's notice.</summary>
    public static readonly SlotFinder Slots = new(Options.Create(new WorkingTimeOptions()));

    public static Task<ConveneResolution> ResolveAsync(ConveneFormValues values, PersonRef? convener = null) =>
        new ConveneFormResolver(Dir, Slots, new FakeTimeProvider(Now)).ResolveAsync(values, convener ?? Convener, CancellationToken.None);

    public static async Task<Case> ConvenedAsync(ConveneFormValues? values = null, Func<ConveneRequest, ConveneRequest>? change = null)
    {
        var resolution = await ResolveAsync(values ?? PlaygroundSubmit());
        Assert.True(resolution.Succeeded, string.Join(", ", resolution.Errors));
        var request = change is null ? resolution.Request! : change(resolution.Request!);
        var result = Case.Convene(request, Guid.Parse("0b7e2c1a-4f3d-7a10-9c2e-5d8f61a4b3c7"), Now);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.Case!;
    }

    public static Task<ConveneCardModel> ModelAsync(ConveneFormValues? values = null, IReadOnlyList<ValidationError>? errors = null) =>
        new ConveneCardModelBuilder(Dir, Catalog).BuildAsync(Aino, values, errors, CancellationToken.None);
}
