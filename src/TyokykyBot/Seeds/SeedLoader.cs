using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace TyokykyBot.Seeds;

/// <summary>Reads and validates every seed file; any problem fails the whole load.</summary>
public static class SeedLoader
{
    /// <exception cref="SeedLoadException">A file is missing, is not valid JSON, or breaks a rule.</exception>
    public static SeedCatalog Load(string folder)
    {
        var problems = new SeedProblems(folder);
        var context = SeedJsonContext.Default;
        var topics = Read(folder, SeedFileNames.ConsentTopics, context.SeedFileConsentTopic, problems);
        var roles = Read(folder, SeedFileNames.Roles, context.SeedFileRoleDefinition, problems);
        var checklist = Read(folder, SeedFileNames.AgendaChecklist, context.SeedFileChecklistItem, problems);
        var questions = Read(folder, SeedFileNames.PreparationQuestions, context.SeedFilePreparationQuestion, problems);
        var forums = Read(folder, SeedFileNames.Forums, context.SeedFileForum, problems);
        var people = Read(folder, SeedFileNames.DemoDirectory, context.SeedFileDirectoryPerson, problems);
        problems.ThrowIfAny();

        var roleIds = roles!.Items.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        SeedChecks.ConsentTopics(problems, topics!);
        SeedChecks.Roles(problems, roles);
        SeedChecks.Checklist(problems, checklist!);
        SeedChecks.PreparationQuestions(problems, questions!, roleIds);
        SeedChecks.Forums(problems, forums!);
        DirectoryChecks.People(problems, people!, roleIds);
        problems.ThrowIfAny();

        return new SeedCatalog(
            Path.GetFullPath(folder), topics!.Items, roles.Items, checklist!.Items,
            questions!.Items, forums!.Items, people!.Items);
    }

    private static SeedFile<T>? Read<T>(
        string folder, string file, JsonTypeInfo<SeedFile<T>> type, SeedProblems problems)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            problems.Add(file, "file not found");
            return null;
        }

        try
        {
            // Read whole: parsing from a stream buffers and looks ahead over the objects again
            // (seen in start-up profiles of a 20,000-person directory), parsing bytes does not.
            var result = JsonSerializer.Deserialize(File.ReadAllBytes(path), type);
            if (result is null)
            {
                problems.Add(file, "the file holds null instead of an object");
            }

            return result;
        }
        catch (JsonException e)
        {
            problems.Add(file, $"invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1} ({e.Path}): {Reason(e)}");
            return null;
        }
        catch (IOException e)
        {
            problems.Add(file, $"cannot be read: {e.Message}");
            return null;
        }
    }

    /// <summary>The exception's own sentence, without the location it appends (we report that ourselves).</summary>
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        foreach (var marker in (string[])[" Path: ", " LineNumber: "])
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message[..at];
            }
        }

        return message;
    }
}
