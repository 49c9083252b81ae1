using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PanelCaseManager.Web.Api;

/// <summary>
/// Enum values in the API's JSON by their exact names, as the OpenAPI document lists them: a number, another case,
/// surrounding spaces or a comma-separated combination is not a value (JsonStringEnumConverter reads all of those,
/// so an undefined value could reach a use case). A value that is not a name is refused as a 400 naming the field.
/// </summary>
internal sealed class EnumNamesOnly : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly FrozenDictionary<string, TEnum> ByName =
            Enum.GetValues<TEnum>().ToFrozenDictionary(v => v.ToString(), v => v, StringComparer.Ordinal);

        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.GetString() is { } name && ByName.TryGetValue(name, out var value)
                ? value
                : throw new JsonException($"Not one of the names of {typeof(TEnum).Name}.");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

        public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { } name && ByName.TryGetValue(name, out var value) ? value : throw new JsonException($"Not one of the names of {typeof(TEnum).Name}.");

        public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WritePropertyName(value.ToString());
    }
}
