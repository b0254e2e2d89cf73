using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Data;

/// <summary>A row's content as encrypted JSON (<see cref="RowContent{T}"/>), checked to belong to the row on reading.</summary>
internal static class ProtectedJson
{
    public static string Protect<T>(IFieldProtector protector, Guid rowId, T content, JsonTypeInfo<RowContent<T>> type) =>
        protector.ProtectUtf8(JsonSerializer.SerializeToUtf8Bytes(new RowContent<T>(rowId, content), type));

    public static T Unprotect<T>(IFieldProtector protector, Guid rowId, string protectedContent, JsonTypeInfo<RowContent<T>> type)
    {
        var stored = JsonSerializer.Deserialize(protector.UnprotectUtf8(protectedContent), type)
            ?? throw new InvalidDataException($"Row {rowId} has empty content.");
        return stored.RowId == rowId ? stored.Content : throw new InvalidDataException($"Row {rowId} holds the content of another row.");
    }
}
