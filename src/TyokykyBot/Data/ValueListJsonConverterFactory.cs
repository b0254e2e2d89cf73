using System.Text.Json;
using System.Text.Json.Serialization;
using TyokykyBot.Cases;

namespace TyokykyBot.Data;

/// <summary>Gives each <see cref="ValueList{T}"/> its converter; the item type's metadata comes from the context.</summary>
internal sealed class ValueListJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(ValueListJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}
