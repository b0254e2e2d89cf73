using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TyokykyBot.Bench.Load;

namespace TyokykyBot.Bench.Scenarios;

/// <summary>
/// The organisation the bot is loaded with: one supervisor per employee (the first pairs have a
/// case each) and occupational-health nurses with 20 cases each, written as the bot's seed
/// directory. All invented.
/// </summary>
internal sealed class BenchPeople
{
    /// <summary>One occupational-health nurse per this many cases, as a nurse's caseload is.</summary>
    public const int CasesPerNurse = 20;

    private BenchPeople(IReadOnlyList<BenchUser> employees, IReadOnlyList<BenchUser> supervisors, IReadOnlyList<BenchUser> nurses, int cases)
    {
        AllEmployees = employees;
        AllSupervisors = supervisors;
        Nurses = nurses;
        Employees = [.. employees.Take(cases)];
        Supervisors = [.. supervisors.Take(cases)];
    }

    /// <summary>The employees with a case (the first pairs of the directory).</summary>
    public IReadOnlyList<BenchUser> Employees { get; }

    /// <summary>The supervisors who convened those cases.</summary>
    public IReadOnlyList<BenchUser> Supervisors { get; }

    public IReadOnlyList<BenchUser> AllEmployees { get; }

    public IReadOnlyList<BenchUser> AllSupervisors { get; }

    /// <summary>The people of the cases, who open the bot before the load.</summary>
    public IEnumerable<BenchUser> CasePeople => Employees.Concat(Supervisors).Concat(Nurses);

    public IReadOnlyList<BenchUser> Nurses { get; }

    /// <summary>The nurse of case <paramref name="i"/>: each has <see cref="CasesPerNurse"/> cases.</summary>
    public BenchUser NurseOf(int i) => Nurses[i / CasesPerNurse % Nurses.Count];

    /// <summary>Everyone in the directory: the many people who write to the bot.</summary>
    public IEnumerable<BenchUser> Everyone => AllEmployees.Concat(AllSupervisors).Concat(Nurses);

    /// <param name="pairs">Employee–supervisor pairs in the directory.</param>
    /// <param name="cases">How many of the pairs have a case.</param>
    public static BenchPeople Create(int pairs, int cases)
    {
        static BenchUser User(string role, int i) =>
            new($"bench-{role}-{i.ToString("D5", CultureInfo.InvariantCulture)}", $"Bench {role} {i.ToString("D5", CultureInfo.InvariantCulture)}");
        return new BenchPeople(
            [.. Enumerable.Range(0, pairs).Select(i => User("employee", i))],
            [.. Enumerable.Range(0, pairs).Select(i => User("supervisor", i))],
            [.. Enumerable.Range(0, Math.Max(1, (cases + CasesPerNurse - 1) / CasesPerNurse)).Select(i => User("nurse", i))],
            cases);
    }

    /// <summary>A seed folder: the product's seeds with this directory in place of the demo one.</summary>
    public void WriteSeeds(string productSeeds, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(productSeeds, "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        var items = new JsonArray();
        for (var i = 0; i < AllEmployees.Count; i++)
        {
            items.Add(Person(AllEmployees[i], ["employee"], []));
            items.Add(Person(AllSupervisors[i], ["supervisor", "employee"], [AllEmployees[i].AadObjectId]));
        }

        foreach (var nurse in Nurses)
        {
            items.Add(Person(nurse, ["oh-nurse", "employee"], []));
        }
        var directory = new JsonObject
        {
            ["about"] = "The benchmark's invented organisation: one supervisor per employee and one occupational-health nurse.",
            ["items"] = items,
        };
        File.WriteAllText(Path.Combine(folder, "demo-directory.json"), directory.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>The consent topics the product offers (their ids), for the consent the employees give.</summary>
    public static IReadOnlyList<string> TopicIds(string productSeeds) =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(productSeeds, "consent-topics.json")))!["items"]!.AsArray()
            .Select(t => t!["id"]!.GetValue<string>())];

    private static JsonObject Person(BenchUser user, string[] roles, string[] supervisorOf) => new()
    {
        ["id"] = user.AadObjectId,
        ["aadObjectId"] = user.AadObjectId,
        ["displayName"] = user.Name,
        ["email"] = user.AadObjectId + "@bench.example",
        ["userPrincipalName"] = user.AadObjectId + "@bench.example",
        ["jobTitle"] = "Bench",
        ["department"] = "Bench",
        ["organisation"] = "Bench Oy",
        ["defaultLanguage"] = "fi",
        ["external"] = false,
        ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]),
        ["supervisorOf"] = new JsonArray([.. supervisorOf.Select(s => (JsonNode)s)]),
    };
}
