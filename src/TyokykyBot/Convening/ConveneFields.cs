using TyokykyBot.Cases;

namespace TyokykyBot.Convening;

/// <summary>
/// The convene card's input ids; the handlers and the Playground tests rely on them. Where a
/// domain field exists the id is the same <see cref="CaseField"/> key.
/// </summary>
public static class ConveneFields
{
    public const string ConvenerRole = "convenerRole";
    public const string Employee = CaseField.Employee;
    public const string EmployeeText = "employeeText";
    public const string Supervisor = CaseField.Supervisor;
    public const string SupervisorText = "supervisorText";
    public const string OccupationalHealth = CaseField.OccupationalHealth;
    public const string OhEmails = "ohEmails";
    public const string Others = CaseField.Others;
    public const string Kind = CaseField.Kind;
    public const string WindowStart = CaseField.WindowStart;
    public const string WindowEnd = CaseField.WindowEnd;
    public const string Length = CaseField.Length;
    public const string Mode = CaseField.Mode;
    public const string Place = CaseField.Place;

    public static IReadOnlyList<string> All { get; } =
    [
        ConvenerRole, Employee, EmployeeText, Supervisor, SupervisorText, OccupationalHealth, OhEmails,
        Others, Kind, WindowStart, WindowEnd, Length, Mode, Place,
    ];

    public const string KindFirst = "first";
    public const string KindFollowUp = "followUp";
    public const string ModeRemote = "remote";
    public const string ModeOnSite = "onSite";
}
